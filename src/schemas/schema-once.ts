/**
 * Astro calls a collection's schema function for every entry, only to hand it an image() that resolves paths
 * from that entry's folder. Building the portal's schemas each time cost seconds of a large first build
 * (docs/performance.md), so each collection builds its schema once; its image fields call the image() Astro handed over
 * for the entry being parsed. That is always the current entry: Astro parses an entry right after asking for
 * its schema, and Zod calls a field's transform as soon as parsing starts, before anything else can run
 * (tests/schema-once.test.ts interleaves three entries to prove it).
 */
import { z } from 'astro/zod';
import type { SchemaTools } from './fields';

type ImageTool = SchemaTools['image'];

export function schemaOnce<S extends z.ZodType>(
  build: (tools: SchemaTools) => S,
  reference: SchemaTools['reference'],
): (context: { image: ImageTool }) => S {
  let entryImage: ImageTool | undefined;
  let schema: S | undefined;
  const image = () =>
    z.string().transform(async (path, ctx) => {
      const own = entryImage!; // read before the first await, while this entry is the current one
      const result = await own().safeParseAsync(path);
      if (result.success) return result.data;
      for (const issue of result.error.issues)
        ctx.issues.push({ code: 'custom', message: issue.message, input: path, path: issue.path });
      return z.NEVER;
    });
  return ({ image: forEntry }) => {
    // Astro's JSON-schema export hands a plain z.string() as image(): give it the schema it expects.
    if (!(forEntry() instanceof z.ZodPipe)) return build({ image: forEntry, reference });
    entryImage = forEntry;
    return (schema ??= build({ image, reference }));
  };
}
