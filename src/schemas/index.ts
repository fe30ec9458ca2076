/**
 * Every collection's schema factory, by collection name: what content.config.ts, the CMS's checks before saving
 * and the build's whole-content check (src/integrations/content-check.ts) all build their schemas from.
 */
import type { z } from 'astro/zod';
import { articleSchema } from './article';
import { bulletinSchema } from './bulletin';
import type { CollectionName, SchemaTools } from './fields';
import { guideSchema } from './guide';
import { lawSchema } from './law';
import { localitySchema } from './locality';
import { pageSchema } from './page';
import { profileSchema } from './profile';
import { settingsSchema } from './settings';
import { statsSchema } from './stats';

export const SCHEMA_FACTORIES: Record<CollectionName, (tools: SchemaTools) => z.ZodType> = {
  articles: articleSchema,
  profiles: profileSchema,
  guides: guideSchema,
  localities: localitySchema,
  stats: statsSchema,
  settings: settingsSchema,
  pages: pageSchema,
  laws: lawSchema,
  bulletins: bulletinSchema,
};
