/**
 * The MDX file format the CMS reads and writes: YAML frontmatter, then the body. Decap's own frontmatter format
 * rewrites the whole block on every save (quotes dropped, text folded at 80 columns, flow lists turned into block
 * lists), so one changed field gave a diff of hundreds of lines. Here the original file is parsed as a YAML
 * Document and only the nodes whose value changed are replaced: untouched fields keep their quoting, flow style
 * and line length, byte for byte (tests/frontmatter-format.test.ts round-trips every content file).
 */
import { Document, isMap, isScalar, isSeq, parseDocument, type Node, type ToStringOptions } from 'yaml';

/** How the portal's files are written: no folding of long text, `[6, 7]` without inner spaces. */
const TO_STRING: ToStringOptions = { lineWidth: 0, flowCollectionPadding: false };

const FRONTMATTER = /^---\r?\n([\s\S]*?\r?\n)?---[ \t]*\r?\n/;

export interface FrontmatterFile {
  /** The YAML between the two `---` lines ('' when the block is empty), or undefined without a block. */
  yaml: string | undefined;
  body: string;
}

export function splitFrontmatter(raw: string): FrontmatterFile {
  const match = FRONTMATTER.exec(raw);
  return match ? { yaml: match[1] ?? '', body: raw.slice(match[0].length) } : { yaml: undefined, body: raw };
}

/** The entry as Decap holds it: the frontmatter's fields plus `body`. */
export function parseFrontmatterFile(raw: string): Record<string, unknown> {
  const { yaml, body } = splitFrontmatter(raw);
  const data = yaml ? (parseDocument(yaml).toJS() as Record<string, unknown> | null) : null;
  return { ...(data ?? {}), body };
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameValue(a[key], b[key]))
    );
  }
  return false;
}

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** A new node for a value, in the style of the node it replaces (a flow list stays a flow list). */
function freshNode(doc: Document, value: unknown, like: unknown): Node {
  const node = doc.createNode(value) as Node;
  if ((isSeq(like) || isMap(like)) && like.flow && (isSeq(node) || isMap(node))) node.flow = true;
  return node;
}

/** `node` changed only where `value` differs from it; returns the node to keep in its place. */
function update(doc: Document, node: unknown, value: unknown): unknown {
  const current = isScalar(node) || isMap(node) || isSeq(node) ? node.toJSON() : node;
  if (sameValue(current, value)) return node;
  if (isScalar(node) && !isPlainObject(value) && !Array.isArray(value) && typeof value === typeof node.value) {
    // Same kind of value: keep the scalar's quoting style.
    node.value = value;
    return node;
  }
  if (isMap(node) && isPlainObject(value)) {
    for (const pair of [...node.items]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (!Object.hasOwn(value, key)) node.delete(pair.key);
    }
    for (const [key, item] of Object.entries(value)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === key);
      if (pair) pair.value = update(doc, pair.value, item) as typeof pair.value;
      // An empty list or text the file did not have is the widget's default, not an edit.
      else if (!isEmpty(item)) node.add(doc.createPair(key, item));
    }
    return node;
  }
  if (isSeq(node) && Array.isArray(value)) {
    const items = value.map((item, i) =>
      i < node.items.length ? update(doc, node.items[i], item) : freshNode(doc, item, node.items[0]),
    );
    node.items = items as typeof node.items;
    return node;
  }
  return freshNode(doc, value, node);
}

/**
 * The file for the entry's data: the original with only what changed rewritten, or a new file laid out in the
 * order of the collection's fields. `body` is the MDX after the frontmatter.
 */
export function writeFrontmatterFile(
  data: Record<string, unknown>,
  original?: string,
  keyOrder: readonly string[] = [],
): string {
  const { body = '', ...fields } = data;
  const source = original ? splitFrontmatter(original).yaml : undefined;
  let yaml: string;
  if (source !== undefined && source.trim() !== '') {
    const doc = parseDocument(source);
    doc.contents = update(doc, doc.contents, fields) as typeof doc.contents;
    yaml = doc.toString(TO_STRING);
  } else {
    const rank = (key: string) => (keyOrder.includes(key) ? keyOrder.indexOf(key) : keyOrder.length);
    const ordered = Object.fromEntries(Object.entries(fields).sort(([a], [b]) => rank(a) - rank(b)));
    yaml = Object.keys(ordered).length ? new Document(ordered).toString(TO_STRING) : '';
  }
  // Decap's body starts at the first text; the file's blank line after the front matter stays.
  const lead = original ? (/^\n*/.exec(splitFrontmatter(original).body)?.[0] ?? '') : '';
  const text = String(body);
  return `---\n${yaml}---\n${text.startsWith('\n') ? text : lead + text}`;
}
