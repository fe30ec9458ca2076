/**
 * Walking a page parsed by parse5 (the HTML standard's parser), for code that reads built HTML: the search index
 * step, the CSP rewrite, the tests on dist/. One set of helpers, so no reader falls back to a regular expression.
 */
import type { DefaultTreeAdapterMap } from 'parse5';

export type ParsedNode = DefaultTreeAdapterMap['parentNode'] | DefaultTreeAdapterMap['childNode'];
export type ParsedElement = DefaultTreeAdapterMap['element'];

export const isElement = (node: ParsedNode): node is ParsedElement => 'tagName' in node;
export const childrenOf = (node: ParsedNode): ParsedNode[] => ('childNodes' in node ? node.childNodes : []);
export const attribute = (element: ParsedElement, name: string): string | undefined =>
  element.attrs.find((a) => a.name === name)?.value;
export const hasClass = (element: ParsedElement, name: string): boolean =>
  (attribute(element, 'class') ?? '').split(/\s+/).includes(name);

/** Every element under `node`, in document order. */
export function* elements(node: ParsedNode): Generator<ParsedElement> {
  for (const child of childrenOf(node)) {
    if (isElement(child)) yield child;
    yield* elements(child);
  }
}

/** The first element under `node`, in document order, that satisfies `test`. */
export function findElement(node: ParsedNode, test: (e: ParsedElement) => boolean): ParsedElement | undefined {
  for (const element of elements(node)) if (test(element)) return element;
  return undefined;
}

/** The element children of `node`, without the text between them. */
export const childElements = (node: ParsedNode): ParsedElement[] => childrenOf(node).filter(isElement);

/**
 * The text under `node` as a reader gets it: character references decoded, a space at every element's edge (so
 * "<dt>Tình trạng</dt><dd>…" reads as two words), runs of white space as one, trimmed. Elements `skip` names are
 * left out with what they hold (script and style unless told otherwise).
 */
export function textOf(
  node: ParsedNode,
  skip: (element: ParsedElement) => boolean = (e) => e.tagName === 'script' || e.tagName === 'style',
): string {
  const out: string[] = [];
  const walk = (parent: ParsedNode) => {
    for (const child of childrenOf(parent)) {
      if (isElement(child)) {
        if (skip(child)) continue;
        out.push(' ');
        walk(child);
        out.push(' ');
      } else if (child.nodeName === '#text') out.push((child as DefaultTreeAdapterMap['textNode']).value);
    }
  };
  walk(node);
  return out.join('').replace(/\s+/g, ' ').trim();
}
