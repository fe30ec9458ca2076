/**
 * The site's MDX components as Decap editor components. Each one is a pattern that recognises the block in
 * the Markdown source, `fromBlock` to read its fields and `toBlock` to write it back in one canonical form,
 * so opening and saving an entry never changes it (tests/editor-components.test.ts). Values are written as
 * literal attributes only; src/lib/mdx/mdx-safety.ts rejects anything else at build time.
 *
 * Pure module (no Decap import): cms/init.ts registers these definitions.
 */
import { escapeUTF8 } from 'entities';
import type { CmsField } from '../src/schemas/fields';

export interface EditorComponent<D extends Record<string, unknown> = Record<string, unknown>> {
  id: string;
  label: string;
  fields: CmsField[];
  pattern: RegExp;
  fromBlock(match: RegExpMatchArray): D;
  toBlock(data: Partial<D>): string;
  toPreview(data: Partial<D>, getAsset?: (path: string, field?: unknown) => unknown, fields?: unknown): string;
}

/** Text for HTML, in an element or a quoted attribute: the five specials as character references (entities). */
export function escapeHtml(text: string): string {
  return escapeUTF8(text);
}

/**
 * A JSX attribute string cannot contain its own quote and MDX has no escape for it: typographic quotes
 * are what Vietnamese text uses anyway. Line breaks become spaces (attributes are one line).
 */
export function attributeText(value: unknown): string {
  return String(value ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/"([^"]*)"/g, '“$1”')
    .replace(/"/g, '”')
    .trim();
}

const attribute = (name: string, value: unknown) => {
  const text = attributeText(value);
  return text ? ` ${name}="${text}"` : '';
};

type NoticeData = { kind: 'info' | 'warning'; title: string; body: string };

export const notice: EditorComponent<NoticeData> = {
  id: 'notice',
  label: 'Hộp lưu ý',
  fields: [
    {
      name: 'kind',
      label: 'Loại',
      widget: 'select',
      options: [
        { value: 'info', label: 'Thông tin' },
        { value: 'warning', label: 'Cảnh báo' },
      ],
      default: 'info',
      required: true,
    },
    {
      name: 'title',
      label: 'Tiêu đề hộp',
      widget: 'string',
      required: false,
      hint: 'Để trống thì hiện "Thông tin" hoặc "Lưu ý".',
    },
    {
      name: 'body',
      label: 'Nội dung',
      widget: 'markdown',
      required: true,
      sanitize_preview: true,
      buttons: ['bold', 'italic', 'link', 'bulleted-list', 'numbered-list'],
      editor_components: [],
    },
  ],
  // Attributes in either order; the text may be separated from the tags by one line break or a blank line.
  pattern: /^<Notice((?:\s+(?:kind|title)="[^"\n]*")*)\s*>[ \t]*\n\n?([\s\S]*?)\n\n?<\/Notice>/,
  fromBlock(match) {
    const attrs = Object.fromEntries(
      [...(match[1] ?? '').matchAll(/(kind|title)="([^"\n]*)"/g)].map((m) => [m[1], m[2]]),
    );
    return {
      kind: attrs.kind === 'warning' ? 'warning' : 'info',
      title: attrs.title ?? '',
      body: (match[2] ?? '').trim(),
    };
  },
  toBlock({ kind = 'info', title, body }) {
    return `<Notice kind="${kind === 'warning' ? 'warning' : 'info'}"${attribute('title', title)}>\n\n${String(body ?? '').trim()}\n\n</Notice>`;
  },
  toPreview({ kind = 'info', title, body }) {
    const label = title || (kind === 'warning' ? 'Lưu ý' : 'Thông tin');
    const paragraphs = String(body ?? '')
      .split(/\n{2,}/)
      .map((p) => `<p>${escapeHtml(p.trim())}</p>`)
      .join('');
    return `<aside class="notice ${kind === 'warning' ? 'warning' : 'info'}"><p class="notice-title">${escapeHtml(label)}</p>${paragraphs}</aside>`;
  },
};

type StepsData = { items: string[] };

export const steps: EditorComponent<StepsData> = {
  id: 'steps',
  label: 'Các bước',
  fields: [
    {
      name: 'items',
      label: 'Các bước',
      widget: 'list',
      required: true,
      field: { name: 'step', label: 'Bước', widget: 'string' },
    },
  ],
  pattern: /^<Steps>[ \t]*\n\n?((?:[ \t]*\d+\.[^\n]*(?:\n|$)|[ \t]+[^\n]*(?:\n|$))+)\n?<\/Steps>/,
  fromBlock(match) {
    const items: string[] = [];
    for (const line of (match[1] ?? '').split('\n')) {
      const item = /^\s*\d+\.\s+(.*)$/.exec(line);
      if (item) items.push(item[1]!.trim());
      else if (line.trim() && items.length > 0) items[items.length - 1] += ` ${line.trim()}`;
    }
    return { items };
  },
  toBlock({ items = [] }) {
    const list = items
      .map((item) =>
        String(item ?? '')
          .replace(/\s*\n\s*/g, ' ')
          .trim(),
      )
      .filter(Boolean)
      .map((item, i) => `${i + 1}. ${item}`)
      .join('\n');
    return `<Steps>\n\n${list}\n\n</Steps>`;
  },
  toPreview({ items = [] }) {
    return `<div class="steps"><ol>${items.map((item) => `<li>${escapeHtml(String(item ?? ''))}</li>`).join('')}</ol></div>`;
  },
};

type FigureData = { src: string; alt: string; caption: string };

export const figure: EditorComponent<FigureData> = {
  id: 'figure',
  label: 'Ảnh có chú thích',
  fields: [
    { name: 'src', label: 'Tệp ảnh', widget: 'image', required: true, choose_url: false },
    {
      name: 'alt',
      label: 'Mô tả ảnh (alt)',
      widget: 'string',
      required: true,
      hint: 'Tả nội dung ảnh cho người không nhìn thấy.',
    },
    { name: 'caption', label: 'Chú thích', widget: 'string', required: false },
  ],
  pattern: /^<Figure src="([^"\n]*)" alt="([^"\n]*)"(?: caption="([^"\n]*)")? \/>/,
  fromBlock(match) {
    return { src: match[1] ?? '', alt: match[2] ?? '', caption: match[3] ?? '' };
  },
  toBlock({ src, alt, caption }) {
    return `<Figure src="${attributeText(src)}" alt="${attributeText(alt)}"${attribute('caption', caption)} />`;
  },
  toPreview({ src, alt, caption }, getAsset, fields) {
    // Decap passes the fields as an Immutable List; getAsset needs the image field to find its media folder.
    const list = fields as { find?: (fn: (f: { get?: (k: string) => unknown }) => boolean) => unknown } | undefined;
    const imageField = list?.find?.((f) => f?.get?.('widget') === 'image');
    const url = src ? String(getAsset ? (getAsset(src, imageField) ?? '') : src) : '';
    const cap = caption ? `<figcaption class="meta">${escapeHtml(caption)}</figcaption>` : '';
    return `<figure class="cover">${url ? `<img src="${escapeHtml(url)}" alt="${escapeHtml(alt ?? '')}">` : ''}${cap}</figure>`;
  },
};

export const EDITOR_COMPONENTS = [notice, steps, figure] as const;
export const EDITOR_COMPONENT_IDS = EDITOR_COMPONENTS.map((c) => c.id);
