/**
 * Every collection's schema factory, by collection name, taken from the registry (registry.ts): what
 * content.config.ts, the CMS's checks before saving and the build's whole-content check
 * (src/integrations/content-check.ts) all build their schemas from.
 */
import type { z } from 'astro/zod';
import type { SchemaTools } from './fields';
import { REGISTRY, registryEntries, type CollectionName, type CollectionSpec } from './registry';

export type SchemaFactory = (tools: SchemaTools) => z.ZodType;

/** The schema factory of each collection of `registry`. */
export function schemaFactories(
  registry: Readonly<Record<string, CollectionSpec>> = REGISTRY,
): Record<string, SchemaFactory> {
  return Object.fromEntries(registryEntries(registry).map(([name, s]) => [name, s.schema]));
}

export const SCHEMA_FACTORIES = schemaFactories() as Record<CollectionName, SchemaFactory>;
