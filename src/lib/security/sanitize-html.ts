/**
 * HTML that leaves the site for places without its Content-Security-Policy (feed readers) is cleaned on a parsed
 * tree: parsed as a browser parses it (rehype-parse, on parse5), reduced to an allowlist of elements, attributes
 * and URL schemes by rehype-sanitize, and written out again. A regular expression over HTML cannot know what a
 * browser will read (`<a/href=…>`, unquoted values, character references, comments); a parser can.
 *
 * Every URL left in an href, src, srcset, poster or cite must pass the portal's one URL rule (url-safety.ts): an
 * https:/http: address, a path on the site (made absolute on the way, feed readers have no base address) or a
 * `#fragment`. Anything else is removed with its attribute.
 */
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeSanitize, { type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { isAllowedUrl } from './url-safety';

const TEXT = ['p', 'br', 'hr', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'q', 'cite', 'pre', 'code', 'kbd'];
const INLINE = ['a', 'strong', 'b', 'em', 'i', 'u', 's', 'del', 'ins', 'sub', 'sup', 'small', 'mark', 'abbr', 'time'];
const LISTS = ['ul', 'ol', 'li', 'dl', 'dt', 'dd'];
const TABLES = ['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'];
const MEDIA = ['figure', 'figcaption', 'img', 'picture', 'source', 'audio'];
const BLOCKS = ['div', 'span', 'section', 'aside', 'details', 'summary'];

/**
 * What feed HTML may contain: text structure, lists, tables, images and audio, nothing that runs or styles: no
 * script, style, iframe, object, form, svg or math, no event handlers, no style, class or id attributes.
 */
export const FEED_HTML_SCHEMA: SanitizeSchema = {
  tagNames: [...TEXT, ...INLINE, ...LISTS, ...TABLES, ...MEDIA, ...BLOCKS],
  attributes: {
    a: ['href', 'title', 'hrefLang'],
    img: ['src', 'srcSet', 'sizes', 'alt', 'title', 'width', 'height', 'loading', 'decoding'],
    source: ['srcSet', 'sizes', 'type', 'media', 'width', 'height', 'src'],
    audio: ['src', 'controls', 'preload'],
    blockquote: ['cite'],
    q: ['cite'],
    del: ['cite'],
    ins: ['cite'],
    abbr: ['title'],
    time: ['dateTime'],
    ol: ['start', 'reversed'],
    th: ['colSpan', 'rowSpan', 'scope'],
    td: ['colSpan', 'rowSpan'],
    '*': ['lang', 'dir'],
  },
  protocols: {
    href: ['http', 'https'],
    src: ['http', 'https'],
    cite: ['http', 'https'],
  },
  // The text of these is code or styling, not reading matter: dropped with the element.
  strip: ['script', 'style', 'template', 'noscript', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes'],
  clobberPrefix: '',
  clobber: [],
  required: {},
  ancestors: { tbody: ['table'], td: ['table'], th: ['table'], thead: ['table'], tfoot: ['table'], tr: ['table'] },
  allowComments: false,
  allowDoctypes: false,
};

const URL_PROPERTIES = ['href', 'src', 'cite', 'poster'] as const;

/** A site path ("/a/") as an absolute URL on `site`; any other value as it is. */
function absolute(url: string, site: string | URL): string {
  return url.startsWith('/') && !url.startsWith('//') ? new URL(url, site).href : url;
}

/** The candidates of a srcset ("a.jpg 1x, b.jpg 2x"), each its URL and descriptor. */
function srcsetCandidates(value: string): { url: string; descriptor: string }[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const space = part.search(/\s/);
      return space < 0
        ? { url: part, descriptor: '' }
        : { url: part.slice(0, space), descriptor: part.slice(space).trim() };
    });
}

/** Site paths made absolute, and every URL held to the portal's URL rule: a refused URL loses its attribute. */
function urlsOnSite(site: string | URL | undefined) {
  return () => (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const props = node.properties;
      for (const name of URL_PROPERTIES) {
        const value = props[name];
        if (value === undefined || value === null) continue;
        const url = String(value).trim();
        if (!isAllowedUrl(url, { fragments: true })) delete props[name];
        else props[name] = site ? absolute(url, site) : url;
      }
      const srcset = props.srcSet;
      if (srcset !== undefined && srcset !== null) {
        const candidates = srcsetCandidates(Array.isArray(srcset) ? srcset.join(',') : String(srcset));
        if (candidates.length === 0 || candidates.some((c) => !isAllowedUrl(c.url))) delete props.srcSet;
        else
          props.srcSet = candidates
            .map((c) => [site ? absolute(c.url, site) : c.url, c.descriptor].filter(Boolean).join(' '))
            .join(', ');
      }
    });
  };
}

/**
 * `html` (a fragment: a rendered body) reduced to what FEED_HTML_SCHEMA allows, with site paths made absolute on
 * `site` when it is given. Runs the URL rule before and after the sanitizer, so the result holds to it whatever
 * the sanitizer's own protocol check lets through.
 */
export function sanitizeHtml(html: string, site?: string | URL): string {
  return unified()
    .use(rehypeParse, { fragment: true })
    .use(urlsOnSite(site))
    .use(rehypeSanitize, FEED_HTML_SCHEMA)
    .use(urlsOnSite(undefined))
    .use(rehypeStringify)
    .processSync(html)
    .toString();
}
