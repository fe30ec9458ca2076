/**
 * Text an editor types is text, in MDX too. CommonMark reads "3<4" and "{x}" as plain characters, which is how the
 * CMS's rich editor writes them back; MDX reads "<" as the start of a tag and "{" as code, and refuses the file.
 * Before saving, those characters are escaped where Markdown itself sees text (`\<`, `\{`, `\}`), nowhere else:
 * a component block (`<Notice>`), code, a link's address and what is already escaped are left as they are.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';

interface Node {
  type: string;
  children?: Node[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const SPECIAL = /[<{}]/g;

function textRanges(node: Node, ranges: [number, number][]): void {
  if (node.type === 'text' && node.position) {
    const { start, end } = node.position;
    if (start.offset !== undefined && end.offset !== undefined) ranges.push([start.offset, end.offset]);
    return;
  }
  for (const child of node.children ?? []) textRanges(child, ranges);
}

/**
 * A link typed as Markdown into the rich editor: "[Cổng](https://…)" is text there, which the editor saves escaped
 * ("\[Cổng](https://…)") and the link is lost. Turned back into the link it was meant to be (web and site
 * addresses only; the MDX rules check them like any other link).
 */
export function restoreTypedLinks(markdown: string): string {
  return markdown.replace(/(^|[^\\])\\\[([^\]\n]+)\]\(((?:https?:\/\/|\/)[^\s()]+)\)/g, '$1[$2]($3)');
}

/** The body with `<`, `{` and `}` in its text escaped; unchanged when there are none. */
export function escapeMdxText(markdown: string): string {
  if (!/[<{}]/.test(markdown)) return markdown;
  const ranges: [number, number][] = [];
  textRanges(fromMarkdown(markdown) as unknown as Node, ranges);
  let out = '';
  let at = 0;
  for (const [start, end] of ranges.sort((a, b) => a[0] - b[0])) {
    out += markdown.slice(at, start);
    out += markdown.slice(start, end).replace(SPECIAL, (char, offset: number, slice: string) => {
      // An odd run of backslashes before it already escapes it.
      let backslashes = 0;
      for (let i = offset - 1; i >= 0 && slice[i] === '\\'; i--) backslashes++;
      return backslashes % 2 === 1 ? char : `\\${char}`;
    });
    at = end;
  }
  return out + markdown.slice(at);
}

/** A body from the CMS as it is saved: typed links restored, then text escaped for MDX. */
export function bodyForSaving(markdown: string): string {
  return escapeMdxText(restoreTypedLinks(markdown));
}
