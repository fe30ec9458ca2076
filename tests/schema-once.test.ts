import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../src/schemas/article';
import { schemaOnce } from '../src/schemas/schema-once';

/** What Astro's content layer hands each entry: an image() that marks paths as that entry's. */
const imageFor = (folder: string) => () => z.string().transform((path) => `${folder}:${path}`);
const reference = (collection: string) => z.string().transform((id) => ({ collection, id }));

const article = (cover: string) => ({
  title: 'Tổ hòa giải thôn Khau Cà',
  lead: 'Một đoạn tóm tắt.',
  publishedAt: '2026-05-01',
  author: 'Công an xã',
  category: 'tin-phong-trao',
  cover: { src: cover, alt: 'Ảnh tổ hòa giải' },
  sources: [{ title: 'Nguồn' }],
});

describe('schemaOnce', () => {
  it('builds the schema once and parses each entry with its own image()', async () => {
    let builds = 0;
    const factory = schemaOnce((tools) => (builds++, articleSchema(tools)), reference);
    const a = factory({ image: imageFor('a') });
    const b = factory({ image: imageFor('b') });
    expect(a).toBe(b);
    expect(builds).toBe(1);
    expect((await b.parseAsync(article('./x.jpg'))).cover?.src).toBe('b:./x.jpg');
  });

  it('keeps entries apart when Astro interleaves them (ten at a time)', async () => {
    const factory = schemaOnce(articleSchema, reference);
    // As Astro's getEntryData: ask for the schema, start parsing, and only then let the next entry in.
    const parses = ['a', 'b', 'c'].map((folder) =>
      factory({ image: imageFor(folder) }).safeParseAsync(article(`./${folder}.jpg`)),
    );
    const results = await Promise.all(parses);
    expect(results.map((r) => r.success && r.data.cover?.src)).toEqual(['a:./a.jpg', 'b:./b.jpg', 'c:./c.jpg']);
  });

  it("passes on the image() errors, at the field's path", async () => {
    const failing = () =>
      z.string().transform((path, ctx) => {
        ctx.issues.push({ code: 'custom', message: `Image ${path} does not exist`, input: path });
        return z.NEVER;
      });
    const result = await schemaOnce(
      articleSchema,
      reference,
    )({ image: failing }).safeParseAsync(article('./missing.jpg'));
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ message: 'Image ./missing.jpg does not exist', path: ['cover', 'src'] }),
    ]);
  });

  it("gives Astro's JSON-schema export (image() as a plain string) a schema of its own", () => {
    const factory = schemaOnce(articleSchema, reference);
    const forEntries = factory({ image: imageFor('a') });
    const forJson = factory({ image: () => z.string() });
    expect(forJson).not.toBe(forEntries);
    expect(z.toJSONSchema(forJson, { unrepresentable: 'any' })).toMatchObject({
      properties: { cover: { properties: { src: { type: 'string' } } } },
    });
  });
});
