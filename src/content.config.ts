import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article';
import { guideSchema } from './schemas/guide';
import { localitySchema } from './schemas/locality';
import { profileSchema } from './schemas/profile';
import { settingsSchema } from './schemas/settings';
import { statsSchema } from './schemas/stats';
import { pageSchema } from './schemas/page';
import type { SchemaTools } from './schemas/fields';
import { slugify } from './lib/vietnamese';

/*
 * Entry ids are the slug of the file name, so a file saved as "Hòa giải.mdx" still gets an ASCII URL,
 * and two files that slugify alike collide (the build fails on duplicates: prerenderConflictBehavior).
 */
const slugId = ({ entry }: { entry: string }) => slugify(entry.replace(/\.(mdx?|json|ya?ml)$/, ''));

const content = (folder: string) => glob({ base: `./src/content/${folder}`, pattern: '**/[^_]*.{md,mdx}', generateId: slugId });
const data = (folder: string) => glob({ base: `./src/content/${folder}`, pattern: '**/[^_]*.json', generateId: slugId });

const tools = (image: SchemaTools['image']): SchemaTools => ({ image, reference });

export const collections = {
  articles: defineCollection({ loader: content('articles'), schema: ({ image }) => articleSchema(tools(image)) }),
  profiles: defineCollection({ loader: content('profiles'), schema: ({ image }) => profileSchema(tools(image)) }),
  guides: defineCollection({ loader: content('guides'), schema: ({ image }) => guideSchema(tools(image)) }),
  localities: defineCollection({ loader: data('localities'), schema: ({ image }) => localitySchema(tools(image)) }),
  stats: defineCollection({ loader: data('stats'), schema: ({ image }) => statsSchema(tools(image)) }),
  settings: defineCollection({ loader: data('settings'), schema: ({ image }) => settingsSchema(tools(image)) }),
  pages: defineCollection({ loader: content('pages'), schema: ({ image }) => pageSchema(tools(image)) }),
};
