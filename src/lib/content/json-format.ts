/**
 * The JSON files' format for the CMS (localities, stats, laws, settings). Decap's own `json` writes
 * JSON.stringify(data, null, 2) without the final newline, so every save rewrote the last line and any list the
 * file kept on one line. Here only the values that changed are replaced in the original text (jsonc-parser's
 * edits), so an edit to one field changes that field's lines alone.
 */
import { applyEdits, findNodeAtLocation, modify, parseTree, type JSONPath } from 'jsonc-parser';
import { isPlainObject, sameValue } from './frontmatter-format';

const FORMATTING = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };

/** Paths whose value differs between `before` and `after`, deepest where both are objects; undefined = removed. */
function changes(before: unknown, after: unknown, path: JSONPath = []): { path: JSONPath; value: unknown }[] {
  if (sameValue(before, after)) return [];
  if (!isPlainObject(before) || !isPlainObject(after)) return [{ path, value: after }];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].flatMap((key) => changes(before[key], after[key], [...path, key]));
}

/**
 * A new field on its own line after the group's last one, indented like it. jsonc-parser would put it on the
 * previous field's line, and its formatter re-indents that whole line. Undefined when the group is on one line.
 */
function insertField(text: string, path: JSONPath, value: unknown): string | undefined {
  const key = path.at(-1);
  const root = parseTree(text);
  const parent = root && findNodeAtLocation(root, path.slice(0, -1));
  const last = parent?.type === 'object' ? parent.children?.at(-1) : undefined;
  if (typeof key !== 'string' || !parent || !last || !text.slice(parent.offset, last.offset).includes('\n'))
    return undefined;
  const indent = /^[ \t]*/.exec(text.slice(text.lastIndexOf('\n', last.offset) + 1))?.[0] ?? '';
  const at = last.offset + last.length;
  const valueText = JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);
  return `${text.slice(0, at)},\n${indent}${JSON.stringify(key)}: ${valueText}${text.slice(at)}`;
}

export function writeJsonFile(data: Record<string, unknown>, original?: string): string {
  if (original === undefined) return `${JSON.stringify(data, null, 2)}\n`;
  let before: unknown;
  try {
    before = JSON.parse(original);
  } catch {
    return `${JSON.stringify(data, null, 2)}\n`;
  }
  // Round-trip through JSON so dates and other objects compare as the file will hold them.
  const after = JSON.parse(JSON.stringify(data)) as unknown;
  let text = original;
  for (const { path, value } of changes(before, after)) {
    const root = parseTree(text);
    const isNew = value !== undefined && !(root && findNodeAtLocation(root, path));
    const inserted = isNew ? insertField(text, path, value) : undefined;
    if (inserted !== undefined) {
      text = inserted;
      continue;
    }
    // The formatter re-indents the whole lines an edit touches: only a new list or group needs it.
    const options = typeof value === 'object' && value !== null ? FORMATTING : {};
    text = applyEdits(text, modify(text, path, value, options));
  }
  return text.endsWith('\n') ? text : `${text}\n`;
}
