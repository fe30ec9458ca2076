import { describe, expect, it } from 'vitest';
import { SyntaxValidator } from 'fast-xml-validator';
import {
  absolutizeHtml,
  escapeXml,
  feedItem,
  feedLinksFor,
  feedWindow,
  FEED_SIZE,
  type FeedEntry,
} from '../src/lib/reach/feeds';

const SITE = 'https://antq.example.vn';
const labels = { updated: 'Cập nhật lần cuối', changeNote: 'Nội dung cập nhật' };
const entry = (over: Partial<FeedEntry> = {}): FeedEntry => ({
  path: '/mo-hinh/to-hoa-giai/',
  title: 'Tổ hòa giải "ở cơ sở" & thôn',
  summary: 'Giữ tình làng <nghĩa> xóm',
  publishedAt: new Date('2022-03-25'),
  categories: ['Hòa giải ở cơ sở'],
  image: { url: '/_astro/a.jpg', type: 'image/jpeg', width: 1200, height: 675, alt: 'Hai bàn tay "bắt chặt"' },
  ...over,
});

describe('feedItem', () => {
  it('makes the link and image absolute', () => {
    const item = feedItem(entry(), SITE, labels);
    expect(item.link).toBe(`${SITE}/mo-hinh/to-hoa-giai/`);
    expect(item.customData).toContain(
      `<media:content url="${SITE}/_astro/a.jpg" medium="image" type="image/jpeg" width="1200" height="675">`,
    );
    expect(item.content).toContain(`<img src="${SITE}/_astro/a.jpg"`);
  });
  it('writes well-formed, escaped XML extensions', () => {
    const item = feedItem(entry({ author: 'Phòng <PV05> & đội', updatedAt: new Date('2024-07-01') }), SITE, labels);
    const xml = `<item xmlns:media="m" xmlns:dc="d" xmlns:dcterms="t">${item.customData}</item>`;
    expect(SyntaxValidator.validate(xml)).toBe(true);
    expect(item.customData).toContain('<dc:creator>Phòng &lt;PV05&gt; &amp; đội</dc:creator>');
    expect(item.customData).toContain('<dcterms:modified>2024-07-01T00:00:00.000Z</dcterms:modified>');
    expect(item.customData).toContain('Hai bàn tay &quot;bắt chặt&quot;');
  });
  it('puts the last update and change note of a guide at the top of the content', () => {
    const item = feedItem(entry({ updatedAt: new Date('2025-07-15'), changeNote: 'Bổ sung Luật 2023' }), SITE, labels);
    expect(item.content).toContain('Cập nhật lần cuối: 2025-07-15 – Nội dung cập nhật: Bổ sung Luật 2023');
    expect(feedItem(entry(), SITE, labels).content).not.toContain('Cập nhật lần cuối');
  });
  it.each(['javascript:alert(1)', 'VBScript:msgbox(1)', 'data:text/html,x', '&#106;avascript:alert(1)'])(
    'removes the script URL %j from links and images of the body',
    (url) => {
      const item = feedItem(
        entry({ html: `<p><a href="${url}">a</a><img src="${url}" alt="b"><a href="/lien-he/">c</a></p>` }),
        SITE,
        labels,
      );
      expect(item.content).toContain('<a>a</a><img alt="b">');
      expect(item.content).toContain(`<a href="${SITE.replace(/\/$/, '')}/lien-he/">c</a>`);
    },
  );

  it('includes the body with links made absolute, after the summary', () => {
    const item = feedItem(entry({ html: '<p><a href="/lien-he/">Liên hệ</a></p>' }), SITE, labels);
    expect(item.content).toContain(`<a href="${SITE}/lien-he/">`);
    expect(item.content.indexOf('Giữ tình')).toBeLessThan(item.content.indexOf('Liên hệ'));
    expect(item.description).toBe('Giữ tình làng <nghĩa> xóm'); // @astrojs/rss escapes it
  });
});

describe('absolutizeHtml', () => {
  it('rewrites root-relative src, href and srcset, and leaves others alone', () => {
    const html = `<img src="/_astro/a.webp" srcset="/_astro/a-360.webp 360w, /_astro/a-720.webp 720w"><a href='/tin-tuc/'>x</a><a href="https://zalo.me/">z</a><a href="//cdn.example/x">c</a><a href="#muc">m</a>`;
    const out = absolutizeHtml(html, SITE);
    expect(out).toContain(`src="${SITE}/_astro/a.webp"`);
    expect(out).toContain(`srcset="${SITE}/_astro/a-360.webp 360w, ${SITE}/_astro/a-720.webp 720w"`);
    expect(out).toContain(`href='${SITE}/tin-tuc/'`);
    expect(out).toContain('href="https://zalo.me/"');
    expect(out).toContain('href="//cdn.example/x"');
    expect(out).toContain('href="#muc"');
  });
});

describe('feedWindow and escapeXml', () => {
  const dated = (title: string, day: string) => ({ title, publishedAt: new Date(day) });
  const dateOf = (e: { publishedAt: Date }) => e.publishedAt;
  it('orders by publication date, newest first, ties in their order', () => {
    const list = feedWindow([dated('a', '2021-01-01'), dated('b', '2023-01-01'), dated('c', '2021-01-01')], dateOf);
    expect(list.map((e) => e.title)).toEqual(['b', 'a', 'c']);
  });
  it('keeps only the newest FEED_SIZE entries, so a feed stays small at any site size', () => {
    const many = Array.from({ length: FEED_SIZE + 30 }, (_, i) => ({
      title: `e${i}`,
      publishedAt: new Date(Date.UTC(2020, 0, 1 + i)),
    }));
    const kept = feedWindow(many, dateOf);
    expect(kept).toHaveLength(FEED_SIZE);
    expect(kept[0]!.title).toBe(`e${FEED_SIZE + 29}`);
    expect(kept.at(-1)!.title).toBe('e30');
    expect(feedWindow(many, dateOf, 3).map((e) => e.title)).toEqual([
      `e${FEED_SIZE + 29}`,
      `e${FEED_SIZE + 28}`,
      `e${FEED_SIZE + 27}`,
    ]);
  });
  it('leaves its input alone', () => {
    const input = [dated('a', '2021-01-01'), dated('b', '2023-01-01')];
    feedWindow(input, dateOf);
    expect(input.map((e) => e.title)).toEqual(['a', 'b']);
  });
  it('escapes the five XML specials', () =>
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;'));
});

describe('feedLinksFor', () => {
  const link = (href: string) => ({ href, title: href });
  const feeds = {
    news: link('/rss.xml'),
    categories: { 'su-kien': link('/tin-tuc/chuyen-muc/su-kien/rss.xml') },
    profiles: link('/guong-dien-hinh/rss.xml'),
    guides: link('/mo-hinh/rss.xml'),
  };
  const hrefs = (path: string) => feedLinksFor(path, feeds).map((f) => f.href);
  it('advertises the news feed everywhere', () => expect(hrefs('/lien-he/')).toEqual(['/rss.xml']));
  it('advertises the podcast on the bulletins’ and materials’ pages only when it has episodes', () => {
    const podcast = link('/phat-thanh/podcast.xml');
    const withPodcast = (path: string) => feedLinksFor(path, { ...feeds, podcast }).map((f) => f.href);
    expect(withPodcast('/phat-thanh/')).toEqual(['/rss.xml', '/phat-thanh/podcast.xml']);
    expect(withPodcast('/tai-lieu-tuyen-truyen/')).toEqual(['/rss.xml', '/phat-thanh/podcast.xml']);
    expect(withPodcast('/lien-he/')).toEqual(['/rss.xml']);
    expect(hrefs('/phat-thanh/')).toEqual(['/rss.xml']);
  });
  it('adds the category, profiles or guides feed where it belongs', () => {
    expect(hrefs('/tin-tuc/chuyen-muc/su-kien/2/')).toEqual(['/rss.xml', '/tin-tuc/chuyen-muc/su-kien/rss.xml']);
    expect(hrefs('/guong-dien-hinh/xa-cao-son/')).toEqual(['/rss.xml', '/guong-dien-hinh/rss.xml']);
    expect(hrefs('/mo-hinh/')).toEqual(['/rss.xml', '/mo-hinh/rss.xml']);
  });
});
