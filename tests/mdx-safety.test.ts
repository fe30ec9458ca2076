import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { formatMdxProblems, stripFrontmatter } from '../src/lib/mdx/mdx-safety';
import { bodyCollections, mdxRulesApply, REGISTRY } from '../src/schemas/registry';
import { findMdxProblems } from '../src/build/mdx-parse-satteri';
import { findMdxProblems as findMdxProblemsInBrowser } from '../src/lib/mdx/mdx-parse-micromark';
import { mdxSafetyPlugin, UnsafeMdxError } from '../src/build/mdx-safety-plugin';
import { imageAssetKey } from '../src/lib/mdx/figure';

const FIXTURES = join(import.meta.dirname, 'fixtures/mdx');
const read = (path: string) => readFileSync(path, 'utf8');

/** What each unsafe fixture must be rejected for, and on which line of the file. */
const UNSAFE: Record<string, { line: number; message: RegExp }> = {
  'import.mdx': { line: 5, message: /import\/export/ },
  'export.mdx': { line: 7, message: /import\/export/ },
  'text-expression.mdx': { line: 5, message: /biểu thức JavaScript \{new Date/ },
  'flow-expression.mdx': { line: 5, message: /biểu thức JavaScript/ },
  'script-tag.mdx': { line: 5, message: /<script> không được phép/ },
  'unknown-component.mdx': { line: 5, message: /<Danger> không được phép/ },
  'attribute-expression.mdx': { line: 5, message: /"kind" không được là biểu thức/ },
  'spread-attribute.mdx': { line: 5, message: /biểu thức JavaScript trong thuộc tính/ },
  'bad-kind.mdx': { line: 5, message: /kind="danger" không hợp lệ/ },
  'unknown-attribute.mdx': { line: 5, message: /"onClick" không được phép/ },
  'figure-without-alt.mdx': { line: 5, message: /thiếu thuộc tính "alt"/ },
  'unclosed.mdx': { line: 5, message: /MDX không đọc được/ },
  'nested-expression.mdx': { line: 7, message: /biểu thức JavaScript \{1 \+ 1\}/ },
  'javascript-link.mdx': { line: 5, message: /Liên kết dùng địa chỉ "javascript:"/ },
  'data-image.mdx': { line: 5, message: /Ảnh dùng địa chỉ "data:"/ },
  'vbscript-definition.mdx': { line: 7, message: /Địa chỉ tham chiếu dùng địa chỉ "vbscript:"/ },
  'figure-script-src.mdx': { line: 5, message: /<Figure> thuộc tính "src" dùng địa chỉ "javascript:"/ },
  'html-link.mdx': { line: 5, message: /<a> thuộc tính "href" dùng địa chỉ "javascript:"/ },
  'unquoted-html.mdx': { line: 5, message: /MDX không đọc được: có thể có mã HTML dán vào/ },
};

/** Files the parser itself cannot read: the compile fails before any plugin runs. */
const UNREADABLE = new Set(['unclosed.mdx', 'unquoted-html.mdx']);

describe('MDX safety rule', () => {
  it('has a case for every unsafe fixture', () => {
    expect(readdirSync(join(FIXTURES, 'unsafe')).sort()).toEqual(Object.keys(UNSAFE).sort());
  });

  it.each(Object.entries(UNSAFE))('rejects %s', (file, { line, message }) => {
    const problems = findMdxProblems(read(join(FIXTURES, 'unsafe', file)));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.message).toMatch(message);
    expect(problems[0]!.line).toBe(line);
  });

  it.each(Object.keys(UNSAFE))(
    'finds the same problems on the same lines in the CMS (micromark) as in the build (Sätteri): %s',
    (file) => {
      const source = read(join(FIXTURES, 'unsafe', file));
      const summary = (problems: ReturnType<typeof findMdxProblems>) =>
        problems.map((p) => `${p.line}: ${p.message.replace(/\(chi tiết: [\s\S]*\)$/, '')}`);
      expect(summary(findMdxProblemsInBrowser(source))).toEqual(summary(findMdxProblems(source)));
    },
  );

  it('accepts the safe fixture and every content file with the CMS parser too', () => {
    expect(findMdxProblemsInBrowser(read(join(FIXTURES, 'safe/all-components.mdx')))).toEqual([]);
    for (const folder of ['articles', 'profiles', 'guides', 'pages']) {
      const dir = join(import.meta.dirname, '..', 'src/content', folder);
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx')))
        expect(findMdxProblemsInBrowser(read(join(dir, file))), `${folder}/${file}`).toEqual([]);
    }
  });

  it('accepts Markdown, escaped braces, code and the listed components with literal attributes', () => {
    expect(findMdxProblems(read(join(FIXTURES, 'safe/all-components.mdx')))).toEqual([]);
  });

  it('accepts every CMS-managed file of the site', () => {
    for (const folder of ['articles', 'profiles', 'guides', 'pages']) {
      const dir = join(import.meta.dirname, '..', 'src/content', folder);
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
        expect(findMdxProblems(read(join(dir, file))), `${folder}/${file}`).toEqual([]);
      }
    }
  });

  it('names the file, line and column in its message', () => {
    const text = formatMdxProblems(
      'src/content/articles/x.mdx',
      findMdxProblems(read(join(FIXTURES, 'unsafe/import.mdx'))),
    );
    expect(text).toMatch(
      /^Nội dung MDX không an toàn \(1 lỗi\):\n {2}src\/content\/articles\/x\.mdx:5:1 → không được dùng import\/export/,
    );
  });

  it('keeps line numbers when removing the frontmatter', () => {
    expect(stripFrontmatter('---\na: 1\nb: 2\n---\nX')).toBe('\n\n\n\nX');
    expect(stripFrontmatter('Không có frontmatter')).toBe('Không có frontmatter');
  });

  it('applies to every .md/.mdx file under src/content, any folder, whatever the query string', () => {
    expect(mdxRulesApply('/repo/src/content/articles/a.mdx?astroPropagatedAssets')).toBe(true);
    expect(mdxRulesApply('C:\\repo\\src\\content\\guides\\b.mdx')).toBe(true);
    expect(mdxRulesApply('/repo/src/content/bulletins/c.mdx')).toBe(true);
    expect(mdxRulesApply('src/content/pages/gioi-thieu.md')).toBe(true);
    // A folder no collection has yet: checked too (safe by default).
    expect(mdxRulesApply('/repo/src/content/tin-moi/x.mdx')).toBe(true);
    expect(mdxRulesApply('/repo/src/content/articles/2024/_drafts/y.MDX')).toBe(true);
    expect(mdxRulesApply('/repo/src/content/localities/a.json')).toBe(false);
    expect(mdxRulesApply('/repo/src/pages/gioi-thieu.mdx')).toBe(false);
  });

  it('exempts only the folder of a collection the registry exempts, which must say why', () => {
    const exempt = {
      ...REGISTRY,
      notes: { ...REGISTRY.pages, folder: 'src/content/notes', mdxExempt: 'tệp do lập trình viên viết, không qua CMS' },
    };
    expect(mdxRulesApply('/repo/src/content/notes/a.mdx', exempt)).toBe(false);
    expect(mdxRulesApply('/repo/src/content/articles/a.mdx', exempt)).toBe(true);
    for (const [name, spec] of Object.entries(REGISTRY) as [string, { mdxExempt?: string }][])
      expect(spec.mdxExempt, `${name} is exempt without a reason`).toBeUndefined();
  });
});

describe('MDX safety in the compile (the Sätteri plugin the build uses)', () => {
  // The plugin reads the file again to report lines, and only guards the CMS folders: compile real files there.
  const site = mkdtempSync(join(tmpdir(), 'mdx-safety-'));
  const articles = join(site, 'src/content/articles');
  mkdirSync(articles, { recursive: true });
  const compile = (file: string, dir = articles) => {
    const target = join(dir, file);
    copyFileSync(join(FIXTURES, file.startsWith('all-') ? 'safe' : 'unsafe', file), target);
    return () => mdxToJs(read(target), { mdastPlugins: [mdxSafetyPlugin], fileURL: pathToFileURL(target) });
  };

  it.each(Object.entries(UNSAFE).filter(([file]) => !UNREADABLE.has(file)))(
    'stops the compile of %s, naming file and line',
    (file, { line, message }) => {
      const run = compile(file);
      expect(run).toThrow(UnsafeMdxError);
      expect(run).toThrow(new RegExp(`articles/${file.replace('.', '\\.')}:${line}:\\d+ → `));
      expect(run).toThrow(message);
    },
  );

  it('leaves unreadable MDX to the compiler, which fails on it', () => {
    for (const file of UNREADABLE) expect(compile(file)).toThrow();
  });

  it('compiles safe MDX unchanged', async () => {
    const source = read(join(FIXTURES, 'safe/all-components.mdx'));
    expect((await compile('all-components.mdx')()).code).toBe(mdxToJs(source).code);
  });

  it.each(bodyCollections())('stops the compile of an expression in %s, as in every body collection', (collection) => {
    const dir = join(site, 'src/content', collection);
    mkdirSync(dir, { recursive: true });
    const run = compile('text-expression.mdx', dir);
    expect(run).toThrow(UnsafeMdxError);
    expect(run).toThrow(
      new RegExp(`${collection}/text-expression\\.mdx:\\d+:\\d+ → không được dùng biểu thức JavaScript`),
    );
  });

  it('stops the compile of raw HTML in a Markdown (.md) body, which Astro would otherwise publish as it is', () => {
    const dir = join(site, 'src/content/bulletins');
    mkdirSync(dir, { recursive: true });
    const target = join(dir, 'raw.md');
    writeFileSync(target, 'Bản tin.\n\n<script>alert(1)</script>\n');
    const run = () => markdownToHtml(read(target), { mdastPlugins: [mdxSafetyPlugin], fileURL: pathToFileURL(target) });
    expect(run).toThrow(UnsafeMdxError);
    expect(run).toThrow(/không được dùng mã HTML|thẻ <script> không được phép/);
    // The same file outside src/content is the project's own code: compiled.
    const outside = join(site, 'src/pages/raw.md');
    mkdirSync(dirname(outside), { recursive: true });
    writeFileSync(outside, read(target));
    const compiled = markdownToHtml(read(outside), {
      mdastPlugins: [mdxSafetyPlugin],
      fileURL: pathToFileURL(outside),
    });
    expect((compiled as { html: string }).html).toContain('<script>');
  });

  it('does not guard MDX outside src/content', () => {
    const pages = join(site, 'src/pages');
    mkdirSync(pages, { recursive: true });
    expect(compile('import.mdx', pages)).not.toThrow();
  });
});

describe('Figure image paths', () => {
  it('resolves the paths the CMS writes, and root paths, to src/assets/images', () => {
    expect(imageAssetKey('../../assets/images/articles/a.jpg')).toBe('/src/assets/images/articles/a.jpg');
    expect(imageAssetKey('/src/assets/images/guides/b.webp')).toBe('/src/assets/images/guides/b.webp');
  });

  it('refuses anything outside src/assets/images or not an image', () => {
    for (const src of [
      '/etc/passwd',
      'https://example.org/a.jpg',
      '../../assets/images/../../../x.jpg',
      '../../assets/images/a.svg',
      'a.jpg',
      '../../assets/images/articles/a.jpg.js',
    ]) {
      expect(imageAssetKey(src), src).toBeUndefined();
    }
  });
});
