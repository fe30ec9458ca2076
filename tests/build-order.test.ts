import { describe, expect, it } from 'vitest';
import { shareCardsLast } from '../src/lib/build-order';
import { paths } from '../src/lib/urls';

describe('prerender order', () => {
  it('moves the share cards to the end and keeps everything else in its order', () => {
    const order = ['/', paths.siteCard(), paths.card('articles', 'a'), '/tim-kiem/', paths.card('profiles', 'b'), '/tin-tuc/x/'];
    expect(shareCardsLast(order.map((pathname) => ({ pathname }))).map((p) => p.pathname)).toEqual([
      '/',
      '/tim-kiem/',
      '/tin-tuc/x/',
      '/the-chia-se/cong-thong-tin.png',
      '/the-chia-se/articles/a.png',
      '/the-chia-se/profiles/b.png',
    ]);
  });
});
