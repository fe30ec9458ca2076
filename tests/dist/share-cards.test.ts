import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/preview';

const CACHE = 'node_modules/.astro/antq-outputs/share-cards';
const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('share cards', () => {
  it('keeps every built card in the cache folder, for the next build to read back instead of drawing it', () => {
    const cached = new Set(readdirSync(CACHE).filter((f) => f.endsWith('.png')).map((f) => digest(join(CACHE, f))));
    const cards = readdirSync(join(DIST, 'the-chia-se'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.png'));
    expect(cards.length).toBeGreaterThan(1);
    for (const card of cards) expect(cached.has(digest(join(DIST, 'the-chia-se', card))), card).toBe(true);
  });
});
