/**
 * The benchmark's synthetic corpus stands for the portal's content: its bodies are as long as short news items,
 * like the starter content's (250 to 350 words each on average, docs/performance.md), or the search index and the
 * first search it measures would weigh what the site's never will. Fixed bounds, not the starter content itself,
 * so that publishing a long article never fails a test.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../scripts/bench/corpus.mjs';
import { frontMatter } from '../src/build/lastmod';
import { LEAFLET_ARTICLE_CATEGORIES, leafletShortfall, type LeafletText } from '../src/lib/materials/leaflet';
import { leafletFields } from '../src/schemas/leaflet';

const ROOT = join(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'antq-corpus-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Mean count of whitespace-separated words (Vietnamese syllables) in the MDX bodies of a folder. */
function meanBodyWords(dir: string): number {
  const files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
  const words = files.map(
    (f) => readFileSync(join(dir, f), 'utf8').split(/^---$/m)[2]!.split(/\s+/).filter(Boolean).length,
  );
  return words.reduce((a, b) => a + b, 0) / words.length;
}

describe('benchmark corpus', () => {
  it('writes bodies of 300 to 500 words on average', async () => {
    const contentDir = join(work, 'content');
    await writeCorpus({
      entries: 300,
      contentDir,
      imageDir: join(work, 'images'),
      realContentDir: join(ROOT, 'src', 'content'),
    });
    for (const collection of ['articles', 'profiles', 'guides']) {
      const words = meanBodyWords(join(contentDir, collection));
      expect(words, collection).toBeGreaterThanOrEqual(300);
      expect(words, collection).toBeLessThanOrEqual(500);
    }
    // Guides and safety articles carry leaflet text long enough to print, so the benchmark draws their PDFs as the
    // site would, and valid for the schema.
    const schema = (await import('astro/zod')).z.object(
      Object.fromEntries(
        Object.entries(leafletFields).map(([k, f]) => [k, f.schema({ image: () => null!, reference: () => null! })]),
      ),
    );
    let printed = 0;
    for (const collection of ['guides', 'articles']) {
      const dir = join(contentDir, collection);
      for (const file of readdirSync(dir)) {
        const data = frontMatter(readFileSync(join(dir, file), 'utf8')) as { category?: string; leaflet?: LeafletText };
        if (collection === 'articles' && !(LEAFLET_ARTICLE_CATEGORIES as readonly unknown[]).includes(data.category))
          continue;
        expect(schema.safeParse(data.leaflet).success, file).toBe(true);
        expect(leafletShortfall(data.leaflet), file).toBeUndefined();
        printed++;
      }
    }
    expect(printed).toBeGreaterThan(10);
  });
});
