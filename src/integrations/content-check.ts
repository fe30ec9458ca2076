/**
 * Before Astro reads any content, the whole of src/content is checked at once (src/lib/content/content-check.ts)
 * and the build stops with every problem, grouped by file. Astro's own schema check stops at the first invalid
 * entry, and the rules across entries would only run once pages load content, so a run without this reported
 * one problem at a time. Builds and `astro sync`/`astro check` run it; the dev server does not, so `npm run cms`
 * still starts while content is being fixed (the CMS checks each entry before saving).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readContentFiles } from '../build/content-files';
import { findMdxProblems } from '../build/mdx-parse-satteri';
import { checkContent } from '../lib/content/content-check';
import { editorSchemaTools } from '../lib/content/entry-check';
import { ContentIntegrityError } from '../lib/content/integrity';
import { publicNumbers, type ContactSettings } from '../lib/site/contacts';
import { SCHEMA_FACTORIES } from '../schemas/index';
import { COLLECTION_NAMES, mdxRulesApply } from '../schemas/registry';

export function contentCheck(): AstroIntegration {
  return {
    name: 'antq:content-check',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        if (command === 'dev' || command === 'preview') return;
        const root = fileURLToPath(config.root);
        const files = readContentFiles(root);
        const settingsFile = files.find((f) => f.file === 'src/content/settings/site.json');
        let allowedNumbers: string[] = [];
        try {
          if (settingsFile) allowedNumbers = publicNumbers(JSON.parse(settingsFile.text) as ContactSettings);
        } catch {
          // An unreadable settings file is reported below with the other problems.
        }
        const problems = checkContent(files, {
          schemas: Object.fromEntries(
            Object.entries(SCHEMA_FACTORIES).map(([name, build]) => [name, build(editorSchemaTools)]),
          ),
          collections: COLLECTION_NAMES,
          allowedNumbers,
          // Every .md/.mdx file under src/content, as the compile checks it (mdx-safety-plugin.ts).
          findMdxProblems: (body, file) => (mdxRulesApply(file) ? findMdxProblems(body) : []),
        });
        if (problems.length > 0) throw new ContentIntegrityError(problems);
      },
    },
  };
}
