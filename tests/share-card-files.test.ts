import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CardText } from '../src/lib/og-card';
import { planCardFiles, takeCardPlan, writeCardFiles, type CardSource } from '../src/lib/share-card-files';
import { paths } from '../src/lib/site/urls';

const text = (title: string): CardText => ({ eyebrow: 'Tin tức', title, footer: 'Toàn dân bảo vệ an ninh Tổ quốc', agency: 'Công an tỉnh', emblemSvg: '<svg/>' });

/** Hands back the title as the "image", and records how many cards were being drawn at once. */
function fakeSource() {
  let drawing = 0;
  const seen = { most: 0, order: [] as string[], prefetched: [] as string[] };
  const source: CardSource = {
    prefetch(texts) {
      seen.prefetched.push(...[...texts].map((t) => t.title));
    },
    async card({ title }) {
      seen.order.push(title);
      seen.most = Math.max(seen.most, ++drawing);
      await new Promise((r) => setTimeout(r, 2));
      drawing--;
      return Buffer.from(title);
    },
  };
  return { source, seen };
}

describe('share card files', () => {
  it('writes each planned card at its site path under the output folder', async () => {
    const out = mkdtempSync(join(tmpdir(), 'cards-'));
    const { source } = fakeSource();
    const cards = [paths.card('articles', 'tin-a'), paths.card('profiles', 'ba-hoa'), paths.card('articles', 'tin-b')].map((path, i) => ({ path, text: text(`Thẻ ${i}`) }));
    expect(await writeCardFiles({ source, cards }, out)).toBe(3);
    expect(readFileSync(join(out, 'the-chia-se/articles/tin-b.png'), 'utf8')).toBe('Thẻ 2');
    expect(readFileSync(join(out, 'the-chia-se/profiles/ba-hoa.png'), 'utf8')).toBe('Thẻ 1');
    expect(readdirSync(join(out, 'the-chia-se/articles')).sort()).toEqual(['tin-a.png', 'tin-b.png']);
  });

  it('asks for the cards in order, a few at a time, so the workers keep the rest of the queue', async () => {
    const { source, seen } = fakeSource();
    const cards = Array.from({ length: 9 }, (_, i) => ({ path: paths.card('articles', `tin-${i}`), text: text(String(i)) }));
    await writeCardFiles({ source, cards }, mkdtempSync(join(tmpdir(), 'cards-')), 2);
    expect(seen.order).toEqual(cards.map((c) => c.text.title));
    expect(seen.most).toBe(2);
  });

  it('starts drawing the planned cards, and hands the plan over once', () => {
    const { source, seen } = fakeSource();
    planCardFiles(source, [{ path: paths.card('guides', 'x'), text: text('x') }]);
    expect(seen.prefetched).toEqual(['x']);
    expect(takeCardPlan()?.cards).toHaveLength(1);
    expect(takeCardPlan()).toBeUndefined();
  });
});
