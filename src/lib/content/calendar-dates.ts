/**
 * Dates that do not exist on the calendar. The YAML parser Astro uses turns `2024-02-31` into 2 March before
 * any schema sees it, so the check reads the file's own text: each YYYY-MM-DD value must be a real day.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';

const DATE_TEXT = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Whether a YYYY-MM-DD text names a day that exists (month 1–12, day within that month). */
export function isRealDate(text: string): boolean {
  const m = DATE_TEXT.exec(text.trim());
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export interface ImpossibleDate {
  field: string;
  value: string;
}

function walk(node: Node | null | undefined, path: string, out: ImpossibleDate[]): void {
  if (isScalar(node)) {
    // The source text, not the parsed value: with the core schema dates stay strings, but numbers-looking text might not.
    const text = String(node.source ?? node.value);
    if (DATE_TEXT.test(text.trim()) && !isRealDate(text)) out.push({ field: path || '(giá trị)', value: text.trim() });
  } else if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      walk(pair.value as Node, path ? `${path}.${key}` : key, out);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => walk(item as Node, `${path}[${i}]`, out));
  }
}

/** Every date-shaped value in a YAML or JSON text that is not a real day, with its field path. */
export function impossibleDates(text: string): ImpossibleDate[] {
  const doc = parseDocument(text, { schema: 'core', uniqueKeys: false });
  const out: ImpossibleDate[] = [];
  walk(doc.contents as Node, '', out);
  return out;
}

/** The checkable text of a content file: an MDX file's front matter, or a whole JSON/YAML data file. */
export function dataText(fileText: string, filePath: string): string | undefined {
  if (/\.(json|ya?ml)$/i.test(filePath)) return fileText;
  return /^---\r?\n([\s\S]*?)\r?\n---/.exec(fileText)?.[1];
}
