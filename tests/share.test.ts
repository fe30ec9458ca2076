import { describe, expect, it } from 'vitest';
import { shareLinks } from '../src/lib/reach/share-links';

describe('shareLinks', () => {
  const url = 'https://antq.congan.example.vn/tin-tuc/ngay-hoi-toan-dan/?a=1&b=2';
  const links = Object.fromEntries(shareLinks(url).map((l) => [l.network, new URL(l.href)]));
  it('passes the page address, encoded, to Zalo and Facebook', () => {
    expect(links.zalo?.origin).toBe('https://zalo.me');
    expect(links.zalo?.searchParams.get('url')).toBe(url);
    expect(links.facebook?.pathname).toBe('/sharer/sharer.php');
    expect(links.facebook?.searchParams.get('u')).toBe(url);
  });
  it('keeps the address intact (no unencoded & splitting it)', () => {
    for (const l of shareLinks(url)) expect(l.href).not.toContain('&b=2');
  });
});
