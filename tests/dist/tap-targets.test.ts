/**
 * A thumb on a 360 px phone: on /lien-he/ every phone number and every link or button that stands on its own is a
 * target of at least 44 × 44 px, and so is everything in the header, the menu's links included; only a link inside
 * a sentence is left to the text's size (WCAG 2.5.8's exception for inline links). The phone's menu offers every
 * section the footer lists, and the ministry's guidance is linked with its source.
 */
import { describe, expect, it } from 'vitest';
import { VIEWPORTS } from '../helpers/browser';
import { previewAndBrowser } from '../helpers/session';

const MIN = 44;

interface Target {
  what: string;
  width: number;
  height: number;
}

describe('tap targets on a phone', () => {
  const session = previewAndBrowser();

  it(`are at least ${MIN} × ${MIN} px on /lien-he/ and in the header, menu open`, async () => {
    const page = await session.browser.newPage({ viewport: VIEWPORTS.phone });
    try {
      await page.goto(`${session.preview.url}/lien-he/`);
      await page.locator('header.site-header summary').click();
      await expect.poll(() => page.locator('header.site-header nav a').first().isVisible()).toBe(true);
      const targets: Target[] = await page.evaluate(() => {
        /** A link inside running text: its parent holds other words too. */
        const inline = (el: Element) => {
          const parent = el.parentElement!;
          const text = (node: Node) => (node.textContent ?? '').replace(/\s+/g, '');
          return !el.matches('a[href^="tel:"]') && text(parent).length > text(el).length + 2 && getComputedStyle(parent).display !== 'flex';
        };
        return [...document.querySelectorAll('header a, header summary, header button, main a, main button, main summary')]
          .filter((el) => (el as HTMLElement).offsetParent !== null)
          .filter((el) => el.closest('header') || !inline(el))
          .map((el) => {
            const box = el.getBoundingClientRect();
            return { what: `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 40)}”`, width: box.width, height: box.height };
          });
      });
      const phones = targets.filter((t) => /“[\d ]+”/.test(t.what));
      expect(phones.length, 'phone numbers on the page').toBeGreaterThanOrEqual(5);
      expect(targets.filter((t) => t.width < MIN - 0.5 || t.height < MIN - 0.5)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('the phone’s menu offers every section the footer lists', async () => {
    const page = await session.browser.newPage({ viewport: VIEWPORTS.phone });
    try {
      await page.goto(`${session.preview.url}/`);
      const hrefs = (selector: string) =>
        page.locator(selector).evaluateAll((links) => links.map((a) => a.getAttribute('href')).sort());
      const footer = await hrefs('footer .footer-nav a');
      expect(footer).toEqual(expect.arrayContaining(['/tai-lieu-tuyen-truyen/', '/phat-thanh/', '/van-ban-phap-luat/']));
      expect(await hrefs('header nav a')).toEqual(footer);
    } finally {
      await page.close();
    }
  });

  it('/lien-he/ links the ministry’s guidance on reporting a crime, with its source, and prints no placeholder', async () => {
    const page = await session.browser.newPage({ viewport: VIEWPORTS.phone });
    try {
      await page.goto(`${session.preview.url}/lien-he/`);
      const link = page.locator('main a[href^="https://bocongan.gov.vn/"]');
      await expect.poll(() => link.count()).toBe(1);
      expect(await link.innerText()).toContain('Hướng dẫn tố giác, báo tin về tội phạm, kiến nghị khởi tố');
      const main = await page.locator('main').innerText();
      expect(main).toContain('Cổng Thông tin điện tử Bộ Công an');
      // The settings have no sourced address: no address block, and no "[Tên …]" placeholder in its place.
      expect(main).not.toContain('Địa chỉ cơ quan');
      expect(main).not.toMatch(/\[[^\]]+\]/);
    } finally {
      await page.close();
    }
  });
});
