/**
 * A collection added to the registry (src/schemas/registry.ts) and nowhere else is a collection of the site: a copy
 * of the project gets one more entry in the registry, and Astro's collections (content.config.ts) and the build's
 * content check both take it up, the MDX rules included. tests/registry.test.ts covers the other consumers.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeScratchCopy, type Scratch } from '../helpers/scratch';

let scratch: Scratch;
beforeAll(() => {
  scratch = makeScratchCopy();
  const file = join(scratch.dir, 'src/schemas/registry.ts');
  const source = readFileSync(file, 'utf8');
  const anchor = '  settings: spec({';
  if (!source.includes(anchor)) throw new Error('registry.ts: không tìm thấy chỗ thêm bộ sưu tập thử');
  writeFileSync(
    file,
    source.replace(
      anchor,
      `  notices: spec({
    folder: \`\${CONTENT_ROOT}/notices\`,
    format: 'mdx',
    pattern: MDX_PATTERN,
    fields: pageFields,
    schema: pageSchema,
    cms: { label: 'Thông báo', labelSingular: 'thông báo', description: 'Thử nghiệm.', identifier: 'title' },
  }),
${anchor}`,
    ),
  );
  mkdirSync(join(scratch.dir, 'src/content/notices'), { recursive: true });
});
afterAll(() => scratch?.remove());

const notice = (body: string) => `---\ntitle: Thông báo thử\ndescription: Thông báo thử nghiệm.\n---\n\n${body}\n`;

describe('a collection added to the registry only', () => {
  it('is checked by the build with every rule, the MDX rules included', async () => {
    writeFileSync(join(scratch.dir, 'src/content/notices/thu.mdx'), notice('Thư mục: {process.env.HOME}'));
    const { code, output } = await scratch.run(['sync']);
    expect(code, output).not.toBe(0);
    expect(output).toMatch(/src\/content\/notices\/thu\.mdx → body \(dòng 6\): không được dùng biểu thức JavaScript/);
  });

  it('is one of Astro’s collections', async () => {
    writeFileSync(join(scratch.dir, 'src/content/notices/thu.mdx'), notice('Nội dung thông báo.'));
    const { code, output } = await scratch.run(['sync']);
    expect(code, output).toBe(0);
    const types = readFileSync(join(scratch.dir, '.astro/content.d.ts'), 'utf8');
    expect(types).toContain('"notices": Record<string, {');
    expect(types).toContain('collection: "notices";');
  });
});
