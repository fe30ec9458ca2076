/**
 * Heading ids from the project's own slug rules ("Vì sao cần hòa giải?" → "vi-sao-can-hoa-giai"), so anchors
 * are ASCII like every other URL. Runs as a Sätteri hast plugin before Astro's own heading-ids plugin, which
 * keeps ids that are already set.
 */
import { slugify } from '../text/vietnamese';

/** Returns a function that gives each heading text a unique slug within one document. */
export function createHeadingSlugger(): (text: string) => string {
  const used = new Map<string, number>();
  return (text) => {
    const base = slugify(text) || 'muc';
    const count = used.get(base) ?? 0;
    used.set(base, count + 1);
    return count === 0 ? base : `${base}-${count}`;
  };
}

interface SatteriElement {
  tagName: string;
  properties?: Record<string, unknown>;
}
interface SatteriContext {
  textContent(node: SatteriElement): string;
  setProperty(node: SatteriElement, name: string, value: string): void;
}

/** Plugin factory for `satteri({ hastPlugins: [vietnameseHeadingIds] })`: a fresh slugger per document. */
export function vietnameseHeadingIds() {
  const slug = createHeadingSlugger();
  return {
    name: 'vietnamese-heading-ids',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node: SatteriElement, ctx: SatteriContext) {
        if (typeof node.properties?.id === 'string') return;
        ctx.setProperty(node, 'id', slug(ctx.textContent(node)));
      },
    },
  };
}
