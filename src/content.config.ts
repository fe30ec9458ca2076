import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article';
import { guideSchema } from './schemas/guide';
import { localitySchema } from './schemas/locality';
import { profileSchema } from './schemas/profile';
import { settingsSchema } from './schemas/settings';
import { statsSchema } from './schemas/stats';
import { pageSchema } from './schemas/page';
import { bulletinSchema } from './schemas/bulletin';
import { lawSchema } from './schemas/law';
import { schemaOnce } from './schemas/schema-once';
import { entryId } from './lib/content/content-check';

/*
 * Entry ids are the slug of the file name, so a file saved as "Hòa giải.mdx" still gets an ASCII URL,
 * and two files that slugify alike collide (the build fails on duplicates: prerenderConflictBehavior).
 */
const slugId = ({ entry }: { entry: string }) => entryId(entry);

const content = (folder: string) =>
  glob({ base: `./src/content/${folder}`, pattern: '**/[^_]*.{md,mdx}', generateId: slugId });
const data = (folder: string) =>
  glob({ base: `./src/content/${folder}`, pattern: '**/[^_]*.json', generateId: slugId });

export const collections = {
  articles: defineCollection({ loader: content('articles'), schema: schemaOnce(articleSchema, reference) }),
  profiles: defineCollection({ loader: content('profiles'), schema: schemaOnce(profileSchema, reference) }),
  guides: defineCollection({ loader: content('guides'), schema: schemaOnce(guideSchema, reference) }),
  localities: defineCollection({ loader: data('localities'), schema: schemaOnce(localitySchema, reference) }),
  stats: defineCollection({ loader: data('stats'), schema: schemaOnce(statsSchema, reference) }),
  settings: defineCollection({ loader: data('settings'), schema: schemaOnce(settingsSchema, reference) }),
  pages: defineCollection({ loader: content('pages'), schema: schemaOnce(pageSchema, reference) }),
  laws: defineCollection({ loader: data('laws'), schema: schemaOnce(lawSchema, reference) }),
  bulletins: defineCollection({ loader: content('bulletins'), schema: schemaOnce(bulletinSchema, reference) }),
};
