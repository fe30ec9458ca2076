/**
 * Astro's content collections, one per entry of the collection registry (src/schemas/registry.ts): its folder and
 * glob patterns (the same the content check reads), its schema, and ids made by `entryId`.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { schemaOnce } from './schemas/schema-once';
import type { SchemaTools } from './schemas/fields';
import { entryId, REGISTRY, registryEntries, type Registry } from './schemas/registry';

/*
 * Entry ids are the slug of the file name, so a file saved as "Hòa giải.mdx" still gets an ASCII URL,
 * and two files that slugify alike collide (the build fails on duplicates: prerenderConflictBehavior).
 */
const slugId = ({ entry }: { entry: string }) => entryId(entry);

function collectionOf<S extends z.ZodType>(spec: {
  folder: string;
  pattern: readonly string[];
  schema: (tools: SchemaTools) => S;
}) {
  return defineCollection({
    loader: glob({ base: `./${spec.folder}`, pattern: [...spec.pattern], generateId: slugId }),
    schema: schemaOnce(spec.schema, reference),
  });
}

/** Each collection's own schema type, so `CollectionEntry<'articles'>` knows an article's fields. */
type SchemaOf<N extends keyof Registry> = Registry[N]['schema'] extends ((
  tools: SchemaTools,
) => infer S extends z.ZodType)
  ? S
  : never;
type Collections = { [N in keyof Registry]: ReturnType<typeof collectionOf<SchemaOf<N>>> };

export const collections = Object.fromEntries(
  registryEntries(REGISTRY).map(([name, spec]) => [name, collectionOf(spec)]),
) as Collections;
