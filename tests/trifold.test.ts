/** How the tri-fold cuts a leaflet's text over its five text panels and sizes each. */
import { describe, expect, it } from 'vitest';
import { LEAFLET_HEADINGS, type Leaflet } from '../src/lib/materials/leaflet';
import { TRIFOLD_SIZES, trifoldBlocks, trifoldPanels } from '../src/lib/materials/trifold';

const item = (n: number) => `Việc thứ ${n}: người dân báo ngay cho Công an xã khi thấy dấu hiệu bất thường ở thôn.`;
const leafletWith = (count: number): Leaflet => ({
  kind: LEAFLET_HEADINGS.guideKind,
  title: 'Tổ hòa giải',
  headline: 'Cùng nhau giữ bình yên thôn bản',
  sections: (['messages', 'dos', 'donts', 'whoToCall'] as const).map((key) => ({
    key,
    heading: LEAFLET_HEADINGS[key],
    items: Array.from({ length: count }, (_, i) => item(i + 1)),
  })),
  url: 'https://portal.example/mo-hinh/to-hoa-giai/',
  demo: true,
  agency: 'Công an tỉnh',
  contacts: [{ label: 'Khẩn cấp', number: '113' }],
  sources: ['Luật Hòa giải ở cơ sở – Quốc hội, 20/6/2013'],
});

describe('tri-fold panels', () => {
  it('hold every block once, in reading order, cut only between blocks, a heading never last', () => {
    const leaflet = leafletWith(5);
    const blocks = trifoldBlocks(leaflet, 'Bản trình diễn', 'Nguồn');
    const panels = trifoldPanels(leaflet, 'Bản trình diễn', 'Nguồn');
    expect(panels).toHaveLength(5);
    const laidOut = panels.flatMap((p) => p.blocks).filter((b) => !(b.kind === 'heading' && b.continued));
    expect(laidOut).toEqual(blocks);
    for (const panel of panels) expect(panel.blocks.at(-1)?.kind).not.toBe('heading');
  });

  it('repeat a section’s heading, marked continued, atop a panel it carries on to', () => {
    const panels = trifoldPanels(leafletWith(5), 'Bản trình diễn', 'Nguồn');
    for (const panel of panels.slice(1)) {
      const first = panel.blocks[0]!;
      if (first.kind === 'item') throw new Error('a panel opens with an item under no heading');
      if (first.kind === 'heading' && first.continued) expect(panel.blocks[1]?.kind).toMatch(/item|source/);
    }
    expect(panels.some((p) => p.blocks[0]?.kind === 'heading' && p.blocks[0].continued)).toBe(true);
  });

  it('set a short leaflet larger than a long one, within bounds, each panel estimated to fit', () => {
    const short = trifoldPanels(leafletWith(2), 'Bản trình diễn', 'Nguồn');
    const long = trifoldPanels(leafletWith(6), 'Bản trình diễn', 'Nguồn');
    const mean = (ps: typeof short) => ps.reduce((s, p) => s + p.size, 0) / ps.length;
    expect(mean(short)).toBeGreaterThan(mean(long));
    for (const p of [...short, ...long]) {
      expect(p.size).toBeGreaterThanOrEqual(TRIFOLD_SIZES.min);
      expect(p.size).toBeLessThanOrEqual(TRIFOLD_SIZES.max);
      expect(p.estimate).toBeLessThanOrEqual(0.84);
    }
  });
});
