/**
 * The import rules of eslint.config.js hold: src/lib never imports src/data, src/build or astro:*, and components
 * never load content. `npm run lint` applies them to the code; this proves they catch a violation.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/preview';

const eslint = new ESLint({ cwd: ROOT });
const ruleMessages = async (code: string, filePath: string) =>
  (await eslint.lintText(code, { filePath }))[0]!.messages
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);

describe('import boundaries', () => {
  it.each([
    ["import { loadSite } from '../../data/site';", /src\/lib không được dùng src\/data/],
    ["import type { Settings } from '../../data/site';", /src\/lib không được dùng src\/data/],
    ["import { leafletPdf } from '../../build/leaflet-pdf';", /src\/lib không được dùng src\/build/],
    ["import { getCollection } from 'astro:content';", /astro:\*/],
  ])('src/lib refuses %s', async (line, message) => {
    const messages = await ruleMessages(`${line}\nexport const x = 1;\n`, 'src/lib/content/zz-probe.ts');
    expect(messages.join('\n')).toMatch(message);
  });

  it('lets src/lib import its own modules and the schemas', async () => {
    const code =
      "import { slugify } from '../text/vietnamese';\nimport { REGISTRY } from '../../schemas/registry';\nexport const x = [slugify, REGISTRY];\n";
    expect(await ruleMessages(code, 'src/lib/content/zz-probe.ts')).toEqual([]);
  });

  it.each([
    "import { loadSite } from '../data/site';",
    "import { leafletOf } from '../../data/leaflets';",
    "import { getCollection } from 'astro:content';",
  ])('components refuse %s', async (line) => {
    const code = `---\n${line}\nconst x = 1;\n---\n<p>{x}</p>\n`;
    expect(await ruleMessages(code, 'src/components/materials/ZzProbe.astro')).toEqual([
      expect.stringContaining('Thành phần không tự đọc nội dung'),
    ]);
  });

  it('lets components import types and pure helpers from src/data', async () => {
    const code =
      "---\nimport type { Settings } from '../data/site';\nimport { titleOf } from '../data/site';\ninterface Props { s: Settings }\nconst { s } = Astro.props;\n---\n<p>{titleOf}{s.title}</p>\n";
    expect(await ruleMessages(code, 'src/components/ZzProbe.astro')).toEqual([]);
  });
});
