/** The alert banner and share links as they render, through Astro's container API. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import AlertBanner from '../src/components/AlertBanner.astro';
import ShareLinks from '../src/components/ShareLinks.astro';

const container = await AstroContainer.create();
const now = new Date('2026-11-26T12:00:00Z');
const alert = {
  active: true,
  severity: 'danger' as const,
  message: 'Cảnh giác cuộc gọi mạo danh Công an yêu cầu chuyển tiền',
  link: '/tin-tuc/canh-bao/',
  expires: new Date('2026-12-31'),
};

describe('AlertBanner', () => {
  it('announces an active alert politely, folded open, with its link', async () => {
    const html = await container.renderToString(AlertBanner, { props: { alert, now } });
    expect(html).toMatch(/role="status"/);
    expect(html).toMatch(/aria-live="polite"/);
    expect(html).toMatch(/<details[^>]* open/);
    expect(html).toContain('<summary');
    expect(html).toContain('Khẩn cấp');
    expect(html).toContain(alert.message);
    expect(html).toContain('href="/tin-tuc/canh-bao/"');
    expect(html).toContain('site-alert--danger');
    expect(html).not.toContain('<script');
  });
  it('renders nothing when switched off or expired', async () => {
    expect(
      (await container.renderToString(AlertBanner, { props: { alert: { ...alert, active: false }, now } })).trim(),
    ).toBe('');
    expect(
      (
        await container.renderToString(AlertBanner, {
          props: { alert: { ...alert, expires: new Date('2026-11-25') }, now },
        })
      ).trim(),
    ).toBe('');
    expect((await container.renderToString(AlertBanner, { props: { now } })).trim()).toBe('');
  });
});

describe('ShareLinks', () => {
  it('are plain links plus a read-only address field, without script', async () => {
    const url = 'https://antq.example.vn/tin-tuc/ngay-hoi/';
    const html = await container.renderToString(ShareLinks, { props: { url } });
    expect(html).toContain(`href="https://zalo.me/share?url=${encodeURIComponent(url)}"`);
    expect(html).toContain(`href="https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}"`);
    expect(html).toMatch(new RegExp(`<input[^>]*readonly[^>]*value="${url}"|<input[^>]*value="${url}"[^>]*readonly`));
    expect(html).toMatch(/<label for="chia-se-duong-dan"/);
    expect(html).toContain('rel="noopener noreferrer"');
    expect(html).not.toContain('<script');
  });
});
