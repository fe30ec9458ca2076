/** The whole-content check the build runs before Astro reads content: every problem of a run, grouped by file. */
import { describe, expect, it } from 'vitest';
import { findMdxProblems } from '../src/lib/mdx/mdx-parse-micromark';
import { checkContent, entryId, type ContentFile } from '../src/lib/content/content-check';
import { editorSchemaTools } from '../src/lib/content/entry-check';
import { COLLECTION_NAMES } from '../src/schemas/registry';
import { SCHEMA_FACTORIES } from '../src/schemas/index';

const schemas = Object.fromEntries(
  Object.entries(SCHEMA_FACTORIES).map(([name, build]) => [name, build(editorSchemaTools)]),
);
const options = { schemas, collections: COLLECTION_NAMES, allowedNumbers: ['113'], findMdxProblems };

const locality = (name: string, title: string): ContentFile => ({
  collection: 'localities',
  name: `${name}.json`,
  file: `src/content/localities/${name}.json`,
  text: `${JSON.stringify({ title, kind: 'thon', sources: [{ title: 'Tài liệu thử' }] }, null, 2)}\n`,
});
const article = (name: string, frontmatter: string, body = 'Nội dung.\n'): ContentFile => ({
  collection: 'articles',
  name: `${name}.mdx`,
  file: `src/content/articles/${name}.mdx`,
  text: `---\n${frontmatter}\n---\n\n${body}`,
});
const validArticle = [
  'title: "Tin thử"',
  'lead: "Tóm tắt tin thử."',
  'author: "Phòng thử nghiệm"',
  'category: "tin-phong-trao"',
  'publishedAt: 2026-11-20',
  'sources:',
  '  - title: "Tài liệu thử"',
].join('\n');

describe('checkContent', () => {
  it('accepts valid content', () => {
    expect(checkContent([locality('xa-a', 'A'), article('tin-a', validArticle)], options)).toEqual([]);
  });

  it('reports every problem of every file in one run, each file’s problems together, in file order', () => {
    const problems = checkContent(
      [
        article('tin-a', `${validArticle}\nlocalities:\n  - "khong-co"`, 'Gọi 0912 345 678.\n'),
        article('tin-b', validArticle.replace('title: "Tin thử"', 'titel: "Tin thử"')),
        locality('xa-a', 'A'),
        { ...locality('xa-b', 'B'), text: '{ "title": ' },
      ],
      options,
    );
    const files = problems.map((p) => p.file);
    expect(files).toEqual([...files].sort((a, b) => files.indexOf(a) - files.indexOf(b)));
    expect(new Set(files)).toEqual(
      new Set(['src/content/articles/tin-a.mdx', 'src/content/articles/tin-b.mdx', 'src/content/localities/xa-b.json']),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'src/content/articles/tin-a.mdx', field: 'body (dòng 13)' }),
        expect.objectContaining({ file: 'src/content/articles/tin-a.mdx', field: 'localities[0]' }),
        expect.objectContaining({
          file: 'src/content/articles/tin-b.mdx',
          field: 'title',
          message: 'bắt buộc, chưa điền',
        }),
        expect.objectContaining({ file: 'src/content/localities/xa-b.json', field: '(toàn tệp)' }),
      ]),
    );
    // Sorted by file: tin-a's two problems come before tin-b's.
    const lastOfA = files.lastIndexOf('src/content/articles/tin-a.mdx');
    expect(files.indexOf('src/content/articles/tin-b.mdx')).toBeGreaterThan(lastOfA);
  });

  it('names unreadable front matter with its line', () => {
    const [problem] = checkContent([article('tin-c', 'title: "Tin\nsummary: [')], options);
    expect(problem).toMatchObject({ file: 'src/content/articles/tin-c.mdx', field: '(toàn tệp)' });
    expect(problem!.message).toMatch(/^Phần đầu tệp \(dòng \d+\) không đọc được/);
  });

  it('finds two files with one slug, and ids as Astro makes them', () => {
    expect(entryId('Tổ hòa giải.mdx')).toBe('to-hoa-giai');
    const problems = checkContent([locality('Xã A', 'A'), locality('xa-a', 'A')], options);
    expect(problems).toEqual([expect.objectContaining({ field: 'slug', file: 'src/content/localities/xa-a.json' })]);
  });
});
