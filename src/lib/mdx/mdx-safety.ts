/**
 * MDX that editors can change must not run code at build time. MDX is a programming language: `import`,
 * `export` and `{expressions}` execute when the page is built, and a lowercase tag such as <script> ends up in
 * readers' browsers. CMS-managed bodies may therefore contain only Markdown and the site's own components
 * with literal attribute values.
 *
 * The rules work on the MDX syntax tree and take the parser as an argument: the build parses with the parser
 * Astro compiles with (Sätteri, mdx-parse-satteri.ts; mdx-safety-plugin.ts applies `nodeProblems` inside the
 * compile itself), the CMS in the browser with the reference MDX parser, micromark (mdx-parse-micromark.ts),
 * because Sätteri is native code. Both follow the MDX specification and produce the same node types;
 * tests/mdx-safety.test.ts runs every fixture through both and expects the same problems on the same lines.
 */
import { scriptScheme, scriptUrlMessage, urlProblem } from '../security/url-safety';
import { imageAssetKey } from './figure';

/** The components editors may use, with their allowed attributes: a list means "one of these values". */
export const MDX_COMPONENTS = {
  Notice: { kind: ['info', 'warning'], title: 'text' },
  Steps: {},
  Figure: { src: 'text', alt: 'text', caption: 'text' },
} as const satisfies Record<string, Record<string, 'text' | readonly string[]>>;
export type MdxComponentName = keyof typeof MDX_COMPONENTS;

/** Attributes a component cannot do without. */
const REQUIRED_ATTRIBUTES: Partial<Record<MdxComponentName, readonly string[]>> = { Figure: ['src', 'alt'] };

export interface MdxProblem {
  line: number | undefined;
  column: number | undefined;
  message: string;
}

export interface MdxNode {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: { line: number; column: number } };
}

const at = (node: MdxNode) => ({ line: node.position?.start.line, column: node.position?.start.column });

/** Replaces a leading YAML frontmatter block by empty lines, so reported lines match the file. */
export function stripFrontmatter(source: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return source;
  return '\n'.repeat(match[0].split('\n').length - 1) + source.slice(match[0].length);
}

/** A script URL in any attribute value, even of a tag refused anyway: the message then says why it matters. */
function attributeUrlProblems(node: MdxNode, problems: MdxProblem[]): void {
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') continue;
    const scheme = scriptScheme(attribute.value);
    if (scheme)
      problems.push({
        ...at(node),
        message: scriptUrlMessage(`<${node.name ?? ''}> thuộc tính "${attribute.name}"`, scheme),
      });
  }
}

function checkElement(node: MdxNode, problems: MdxProblem[]): void {
  attributeUrlProblems(node, problems);
  const name = node.name;
  if (!name) {
    problems.push({ ...at(node), message: 'không được dùng thẻ rỗng <>…</> (fragment)' });
    return;
  }
  if (!Object.hasOwn(MDX_COMPONENTS, name)) {
    const allowed = Object.keys(MDX_COMPONENTS).join(', ');
    problems.push({ ...at(node), message: `thẻ <${name}> không được phép; chỉ dùng Markdown và các khối ${allowed}` });
    return;
  }
  const spec = MDX_COMPONENTS[name as MdxComponentName] as Record<string, 'text' | readonly string[]>;
  const seen = new Set<string>();
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
      problems.push({ ...at(node), message: `<${name}>: không được dùng biểu thức JavaScript trong thuộc tính ({…})` });
      continue;
    }
    const attr = attribute.name;
    seen.add(attr);
    if (!Object.hasOwn(spec, attr)) {
      problems.push({
        ...at(node),
        message: `<${name}>: thuộc tính "${attr}" không được phép (chỉ: ${Object.keys(spec).join(', ') || 'không có'})`,
      });
      continue;
    }
    if (typeof attribute.value !== 'string') {
      const reason =
        attribute.value === null || attribute.value === undefined
          ? 'phải có giá trị trong dấu ngoặc kép'
          : 'không được là biểu thức JavaScript ({…})';
      problems.push({ ...at(node), message: `<${name}>: thuộc tính "${attr}" ${reason}` });
      continue;
    }
    const allowedValues = spec[attr];
    if (Array.isArray(allowedValues) && !allowedValues.includes(attribute.value)) {
      problems.push({
        ...at(node),
        message: `<${name}>: ${attr}="${attribute.value}" không hợp lệ (chỉ: ${allowedValues.join(', ')})`,
      });
    }
  }
  for (const attr of REQUIRED_ATTRIBUTES[name as MdxComponentName] ?? []) {
    if (!seen.has(attr)) problems.push({ ...at(node), message: `<${name}>: thiếu thuộc tính "${attr}"` });
  }
}

/** The node types the rule looks at; everything else is plain Markdown. */
export const MDX_CODE_NODES = [
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'link',
  'image',
  'definition',
  // Raw HTML in a Markdown (.md) body, which Astro would publish as it is; MDX has no such node.
  'html',
] as const;

const URL_NODE_LABELS: Record<string, string> = { link: 'Liên kết', image: 'Ảnh', definition: 'Địa chỉ tham chiếu' };

/** Problems with one node itself, not its children. */
export function nodeProblems(node: MdxNode, problems: MdxProblem[]): void {
  switch (node.type) {
    case 'mdxjsEsm':
      problems.push({ ...at(node), message: 'không được dùng import/export trong nội dung' });
      return;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      problems.push({
        ...at(node),
        message: `không được dùng biểu thức JavaScript {${String(node.value ?? '').slice(0, 40)}} (muốn viết dấu ngoặc nhọn, hãy gõ \\{ )`,
      });
      return;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      checkElement(node, problems);
      return;
    case 'html':
      problems.push({
        ...at(node),
        message: `không được dùng mã HTML (${String(node.value ?? '').slice(0, 40)}); chỉ dùng Markdown và các khối ${Object.keys(MDX_COMPONENTS).join(', ')}`,
      });
      return;
    case 'link':
    case 'definition':
    case 'image': {
      // The portal's one URL rule (url-safety.ts); an image may also be an uploaded file (../../assets/images/…).
      const url = node.url ?? '';
      if (node.type === 'image' && imageAssetKey(url)) return;
      const label = URL_NODE_LABELS[node.type]!;
      const scheme = scriptScheme(url);
      const problem = scheme ? scriptUrlMessage(label, scheme) : urlProblem(url, { fragments: true });
      if (problem) problems.push({ ...at(node), message: scheme ? problem : `${label}: ${problem}` });
    }
  }
}

function walk(node: MdxNode, problems: MdxProblem[]): void {
  nodeProblems(node, problems);
  for (const child of node.children ?? []) walk(child, problems);
}

/**
 * The parser's English message, explained: the usual cause in an editor's text is raw HTML pasted in, whose
 * unquoted attributes or stray "<" MDX cannot read. The parser's words stay in brackets for the technical staff.
 */
export function parseErrorMessage(parserMessage: string): string {
  const detail = parserMessage.replace(/^\d+:\d+(?:-\d+:\d+)?:\s*/, '');
  return `MDX không đọc được: có thể có mã HTML dán vào (thuộc tính không có dấu ngoặc kép, dấu "<" lẻ) hoặc thẻ chưa đóng; hãy xóa đoạn đó hoặc gõ \\< thay cho "<" (chi tiết: ${detail})`;
}

/** Parses MDX into its syntax tree with positions; throws on text that is not MDX. */
export type MdxParser = (source: string) => MdxNode;

/** Problems in an MDX body (frontmatter allowed); empty when the body is safe to compile. */
export function findMdxProblemsWith(parse: MdxParser, source: string): MdxProblem[] {
  let tree: MdxNode;
  try {
    tree = parse(stripFrontmatter(source));
  } catch (error) {
    // Sätteri writes "line:column: reason"; micromark's message carries line, column and reason as properties.
    const { message, line, column, reason } = error as Error & { line?: number; column?: number; reason?: string };
    // Without a position of its own (an unclosed tag), micromark names the opening tag's: "… (5:1-5:21)".
    const where = /^(\d+):(\d+)/.exec(message) ?? /\((\d+):(\d+)(?:-\d+:\d+)?\)$/.exec(message);
    return [
      {
        line: line ?? (where ? Number(where[1]) : undefined),
        column: column ?? (where ? Number(where[2]) : undefined),
        message: parseErrorMessage(reason ?? message),
      },
    ];
  }
  const problems: MdxProblem[] = [];
  walk(tree, problems);
  return problems;
}

export function formatMdxProblems(file: string, problems: readonly MdxProblem[]): string {
  const lines = problems.map(
    (p) => `  ${file}${p.line ? `:${p.line}${p.column ? `:${p.column}` : ''}` : ''} → ${p.message}`,
  );
  return `Nội dung MDX không an toàn (${problems.length} lỗi):\n${lines.join('\n')}`;
}
