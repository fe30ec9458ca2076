/**
 * School lessons in the production build: the teachers' index and its filter pages, lesson pages with their
 * structured data, the quiz with and without JavaScript, and the printed handout.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { builtHtmlFiles, readBuilt } from '../helpers/dist';
import { startPreview, type Preview } from '../helpers/preview';

const LESSONS = ['to-hoa-giai', 'ho-an-toan-thon-ban-binh-yen', 'giup-do-nguoi-chap-hanh-xong-an-phat-tu'];
const PAGE = '/hoc-tap/to-hoa-giai/';

interface QuestionLd {
  text: string;
  acceptedAnswer: { text: string };
  suggestedAnswer: { text: string }[];
}

/** The lesson's JSON-LD block (pages also carry site-wide blocks such as BreadcrumbList). */
function jsonLd(html: string): Record<string, any> {
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
  const lesson = blocks.find((b) => b['@type'] === 'LearningResource');
  if (!lesson) throw new Error('no LearningResource JSON-LD');
  return lesson;
}

const lessonHtml = (slug: string) => readBuilt(`hoc-tap/${slug}/index.html`);
const questionsOf = (slug: string): QuestionLd[] => jsonLd(lessonHtml(slug)).hasPart.hasPart;
/** <script> elements that run (data blocks such as JSON-LD do not), besides the site-wide service-worker registration. */
const runnableScripts = (html: string) =>
  [...html.matchAll(/<script\b([^>]*)>/g)].filter((m) => !/type="application\/ld\+json"/.test(m[1]!) && !/src="\/sw-register\.js"/.test(m[1]!));

describe('built lesson pages', () => {
  it.each(LESSONS)('%s has a lesson page with at least five quiz questions', (slug) => {
    const questions = questionsOf(slug);
    expect(questions.length).toBeGreaterThanOrEqual(5);
    for (const q of questions) expect(q.suggestedAnswer.map((a) => a.text)).not.toContain(q.acceptedAnswer.text);
  });

  it('describes each lesson as a schema.org LearningResource with a Quiz', () => {
    const data = jsonLd(lessonHtml('giup-do-nguoi-chap-hanh-xong-an-phat-tu'));
    expect(data['@type']).toBe('LearningResource');
    expect(data.url).toMatch(/^https?:\/\/[^/]+\/hoc-tap\/giup-do-nguoi-chap-hanh-xong-an-phat-tu\/$/);
    expect(data.educationalLevel).toMatch(/THPT/);
    expect(data.timeRequired).toBe('PT45M');
    expect(data.teaches.length).toBeGreaterThanOrEqual(3);
    expect(data.hasPart['@type']).toBe('Quiz');
    expect(data.isBasedOn).toContainEqual(expect.objectContaining({ legislationIdentifier: '41/2019/QH14' }));
  });

  it('links the guide page and the lesson page both ways', () => {
    for (const slug of LESSONS) {
      expect(readBuilt(`mo-hinh/${slug}/index.html`)).toContain(`href="/hoc-tap/${slug}/"`);
      expect(lessonHtml(slug)).toContain(`href="/mo-hinh/${slug}/"`);
    }
    // A guide without a lesson gets no lesson box.
    expect(readBuilt('mo-hinh/lien-gia-tu-quan/index.html').includes('class="lesson-box')).toBe(false);
  });

  it('lists every lesson on the index, and only matching ones on each filter page', () => {
    const index = readBuilt('hoc-tap/index.html');
    for (const slug of LESSONS) expect(index).toContain(`href="/hoc-tap/${slug}/"`);
    const listed = (file: string) => [...readBuilt(file).matchAll(/<h2 class="card-title"[^>]*><a href="\/hoc-tap\/([^/]+)\/"/g)].map((m) => m[1]);
    expect(listed('hoc-tap/index.html').sort()).toEqual([...LESSONS].sort());
    expect(listed('hoc-tap/cap-hoc/thcs/index.html').sort()).toEqual(['ho-an-toan-thon-ban-binh-yen', 'to-hoa-giai']);
    expect(listed('hoc-tap/cap-hoc/thpt/index.html')).toEqual(['giup-do-nguoi-chap-hanh-xong-an-phat-tu']);
    expect(listed('hoc-tap/lop/9/index.html')).toEqual(['to-hoa-giai']);
    expect(listed('hoc-tap/chu-de/tai-hoa-nhap/index.html')).toEqual(['giup-do-nguoi-chap-hanh-xong-an-phat-tu']);
    // Every filter link on the index leads to a built page.
    const files = new Set(builtHtmlFiles());
    const filterLinks = [...index.matchAll(/href="\/hoc-tap\/((?:cap-hoc|lop|chu-de)\/[^"]+)"/g)].map((m) => m[1]!);
    expect(filterLinks.length).toBeGreaterThanOrEqual(2 + 6 + 3);
    for (const link of filterLinks) expect(files.has(`hoc-tap/${link}index.html`), link).toBe(true);
  });

  it('ships JavaScript on lesson pages only', () => {
    for (const slug of LESSONS) expect(runnableScripts(lessonHtml(slug)).length).toBeGreaterThan(0);
    const reading = builtHtmlFiles().filter((f) => !LESSONS.some((slug) => f === `hoc-tap/${slug}/index.html`));
    const withScript = reading.filter((f) => f.startsWith('hoc-tap/') || f.startsWith('mo-hinh/')).filter((f) => runnableScripts(readBuilt(f)).length > 0);
    expect(withScript).toEqual([]);
  });

  it('loads no script from another origin', () => {
    for (const slug of LESSONS) for (const m of runnableScripts(lessonHtml(slug))) expect(m[1]).not.toMatch(/src="(https?:)?\/\//);
  });
});

describe('lesson page in a browser', () => {
  let preview: Preview;
  let browser: Browser;
  beforeAll(async () => {
    preview = await startPreview();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  /** Every request the page makes, so a test can show that answers go nowhere. */
  async function openLesson(page: Page): Promise<string[]> {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(preview.url + PAGE);
    return requests;
  }

  it('with JavaScript: answering and checking shows the score in a live region', async () => {
    const page = await browser.newPage();
    const requests = await openLesson(page);
    const questions = questionsOf('to-hoa-giai');
    const fieldsets = page.locator('form[data-quiz] fieldset');
    expect(await fieldsets.count()).toBe(questions.length);

    // Right answers to all but the last question, a wrong one to the last (chosen by its text, not by markup).
    for (const [i, q] of questions.entries()) {
      const text = i < questions.length - 1 ? q.acceptedAnswer.text : q.suggestedAnswer[0]!.text;
      await fieldsets.nth(i).getByRole('radio', { name: text, exact: true }).check();
    }
    const requestsBefore = requests.length;
    // Submit from the keyboard.
    const check = page.getByRole('button', { name: 'Chấm điểm' });
    await check.focus();
    await page.keyboard.press('Enter');

    const status = page.getByRole('status');
    await expect.poll(() => status.textContent()).toBe(`Em trả lời đúng ${questions.length - 1}/${questions.length} câu.`);
    expect(await status.getAttribute('aria-live')).toBe('polite');
    const last = page.locator('form[data-quiz] .question').last();
    expect(await last.locator('[data-feedback]').textContent()).toMatch(/^Chưa đúng\. Đáp án đúng là [A-D]\.$/);
    expect(await last.locator('details').getAttribute('open')).not.toBeNull();
    expect(await page.locator('form[data-quiz] .question').first().locator('[data-feedback]').textContent()).toBe('Đúng.');
    // Nothing was sent anywhere, and the page did not navigate.
    expect(requests.slice(requestsBefore)).toEqual([]);
    expect(new URL(page.url()).pathname).toBe(PAGE);

    // "Làm lại" clears marks and score.
    await page.getByRole('button', { name: 'Làm lại' }).click();
    expect(await status.textContent()).toBe('');
    expect(await page.locator('form[data-quiz] input:checked').count()).toBe(0);
    await page.close();
  });

  it('with JavaScript: leaving questions blank counts them as not answered', async () => {
    const page = await browser.newPage();
    await openLesson(page);
    const first = questionsOf('to-hoa-giai')[0]!;
    await page.locator('form[data-quiz] fieldset').first().getByRole('radio', { name: first.acceptedAnswer.text, exact: true }).check();
    await page.getByRole('button', { name: 'Chấm điểm' }).click();
    const total = questionsOf('to-hoa-giai').length;
    await expect.poll(() => page.getByRole('status').textContent()).toBe(`Em trả lời đúng 1/${total} câu (${total - 1} câu chưa trả lời).`);
    await page.close();
  });

  it('without JavaScript: answers open with <details>, and the print link shows instructions', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await openLesson(page);
    const q = questionsOf('to-hoa-giai')[0]!;
    // No scoring button without a script to run it.
    expect(await page.getByRole('button', { name: 'Chấm điểm' }).isVisible()).toBe(false);
    const answer = page.locator('form[data-quiz] .question').first().locator('details');
    expect(await answer.getByText(q.acceptedAnswer.text).isVisible()).toBe(false);
    await page.getByText('Xem đáp án câu 1', { exact: true }).click();
    expect(await answer.getByText(q.acceptedAnswer.text).isVisible()).toBe(true);

    const help = page.locator('#huong-dan-in');
    expect(await help.isVisible()).toBe(false);
    await page.getByRole('link', { name: 'In phiếu học tập' }).click();
    expect(await help.isVisible()).toBe(true);
    expect(await help.textContent()).toMatch(/Ctrl \+ P/);
    await context.close();
  });

  it.each(['/hoc-tap/', '/hoc-tap/lop/9/', PAGE, '/mo-hinh/to-hoa-giai/'])('%s has no WCAG 2.2 A/AA violations (axe), also after marking', async (path) => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    // bypassCSP: the injected axe script is inline, which the page's own Content-Security-Policy rightly refuses.
    const page = await browser.newPage({ bypassCSP: true });
    await page.goto(preview.url + path);
    const check = page.getByRole('button', { name: 'Chấm điểm' });
    if (await check.count()) {
      await page.locator('form[data-quiz] input[type="radio"]').first().check();
      await check.click();
    }
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      type Axe = { run: (context: object, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      const result = await (window as unknown as { axe: Axe }).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
    await page.close();
  });

  it('printed: no navigation, no answers, questions kept whole, link targets and a QR code to the page', async () => {
    const page = await browser.newPage();
    await openLesson(page);
    const qr = page.locator('[data-qr] svg');
    const pageUrl = (await qr.locator('xpath=ancestor::figure').locator('a').getAttribute('href'))!;
    await page.emulateMedia({ media: 'print' });

    expect(await page.getByRole('navigation', { name: 'Điều hướng chính' }).isVisible()).toBe(false);
    expect(await page.locator('header.site-header').isVisible()).toBe(false);
    expect(await page.locator('footer.site-footer').isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: 'In phiếu học tập' }).isVisible()).toBe(false);
    expect(await page.locator('#muc-tieu').isVisible()).toBe(false);
    expect(await page.locator('form[data-quiz] details').first().isVisible()).toBe(false);
    expect(await page.locator('form[data-quiz] fieldset').first().isVisible()).toBe(true);

    const box = await qr.boundingBox();
    expect(await qr.isVisible()).toBe(true);
    expect(box!.width).toBeGreaterThan(90);
    // The code is the one for the page's absolute address.
    expect(pageUrl).toBe(jsonLd(lessonHtml('to-hoa-giai')).url);
    const expected = await QRCode.toString(pageUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    const path = (svg: string) => [...svg.matchAll(/<path[^>]*\sd="([^"]+)"/g)].map((m) => m[1]).join('|');
    expect(path(await qr.evaluate((el) => el.outerHTML))).toBe(path(expected));

    const styles = await page.evaluate(() => ({
      question: getComputedStyle(document.querySelector('form[data-quiz] .question')!).breakInside,
      linkTarget: getComputedStyle(document.querySelector('.read-more a[data-href]')!, '::after').content,
    }));
    expect(styles.question).toBe('avoid');
    expect(styles.linkTarget).toMatch(/\(https?:\/\/[^)]+\/mo-hinh\/to-hoa-giai\/\)/);
    await page.close();
  });

  it('the teacher prints the plan and the answer key, each apart from the worksheet', async () => {
    const page = await browser.newPage();
    await page.goto(preview.url + PAGE);
    await page.getByRole('link', { name: /^Giáo án/ }).click();
    await page.waitForURL('**/hoc-tap/to-hoa-giai/giao-an/');
    await page.emulateMedia({ media: 'print' });
    for (const id of ['#muc-tieu', '#tien-trinh']) expect(await page.locator(id).isVisible(), id).toBe(true);
    expect(await page.locator('main').textContent()).toMatch(/\d+ phút/);
    expect(await page.locator('form[data-quiz], .handout').count()).toBe(0);

    await page.emulateMedia({ media: 'screen' });
    await page.goto(preview.url + PAGE);
    await page.getByRole('link', { name: /^Đáp án/ }).click();
    await page.waitForURL('**/hoc-tap/to-hoa-giai/dap-an/');
    await page.emulateMedia({ media: 'print' });
    const printed = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    for (const q of questionsOf('to-hoa-giai')) expect(printed).toContain(q.acceptedAnswer.text.replace(/\s+/g, ' '));
    expect(await page.locator('#muc-tieu, form[data-quiz]').count()).toBe(0);
    await page.close();
  });
});
