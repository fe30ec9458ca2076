/**
 * What the CMS knows about the published content, read through its own backend (the local server or the Git host):
 * every entry's title, references and file text (src/lib/cms/citations.ts reads them). With it the CMS refuses to
 * delete an entry that others cite or a file that entries use, listing them as links, and checks references and
 * titles before saving (field-checks.ts).
 *
 * Decap has no hook before a deletion, so the backend it creates is wrapped: a deletion goes through the check
 * first. The same wrapper forgets the loaded content whenever the CMS publishes or deletes.
 */
import { citationsOf, mediaUsers, type KnownEntry } from '../src/lib/cms/citations';
import { parseFrontmatterFile } from '../src/lib/content/frontmatter-format';
import type { CmsField } from '../src/schemas/fields';
import type { CmsCollection, CmsConfig } from './config';
import { cms } from './decap';

interface RawEntry {
  data: string;
  file: { path: string };
}
interface Implementation {
  entriesByFolder(folder: string, extension: string, depth: number): Promise<RawEntry[]>;
  entriesByFiles(files: { path: string; label?: string }[]): Promise<RawEntry[]>;
  deleteFiles(paths: string[], commitMessage: string): Promise<unknown>;
}

let config: CmsConfig | undefined;
let backend: Implementation | undefined;
let loading: Promise<KnownEntry[]> | undefined;
let latest: KnownEntry[] | undefined;
/** A file the editor chose to replace by uploading another of the same name (see media-library.ts). */
let replacing: { name: string; until: number } | undefined;

const collectionOf = (name: string) => config?.collections.find((c) => c.name === name);
export const fieldsOf = (name: string): CmsField[] => {
  const c = collectionOf(name);
  return c?.fields ?? c?.files?.flatMap((f) => f.fields) ?? [];
};
const extensionOf = (path: string) => /\.([^./]+)$/.exec(path)?.[1] ?? '';
const slugOf = (path: string) => (path.split('/').pop() ?? '').replace(/\.[^.]+$/, '');

function parse(raw: string, path: string): Record<string, unknown> {
  try {
    if (extensionOf(path) === 'json') return JSON.parse(raw) as Record<string, unknown>;
    const { body: _body, ...data } = parseFrontmatterFile(raw);
    return data;
  } catch {
    return {};
  }
}

function titleOf(collection: CmsCollection, data: Record<string, unknown>, slug: string): string {
  const value = data[collection.identifier_field ?? 'title'] ?? data.title ?? data.name;
  return typeof value === 'string' && value.trim() ? value : slug;
}

async function load(): Promise<KnownEntry[]> {
  if (!backend || !config) return [];
  const lists = await Promise.all(
    config.collections.map(async (c) => {
      const raws = c.folder
        ? await backend!.entriesByFolder(c.folder, c.extension ?? 'md', 1)
        : await backend!.entriesByFiles((c.files ?? []).map((f) => ({ path: f.file, label: f.label })));
      return raws.map((raw): KnownEntry => {
        const data = parse(raw.data, raw.file.path);
        const file = c.files?.find((f) => f.file === raw.file.path);
        const slug = file?.name ?? slugOf(raw.file.path);
        return { collection: c.name, slug, title: titleOf(c, data, slug), data, raw: raw.data };
      });
    }),
  );
  latest = lists.flat();
  return latest;
}

/** The published entries (loaded once, again after each publication or deletion). */
export function publishedEntries(): Promise<KnownEntry[]> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** What was loaded last, for checks that must answer at once; undefined before the first load ends. */
export const loadedEntries = (): KnownEntry[] | undefined => latest;

function forget(): void {
  loading = undefined;
}

/** The next deletion of a file of this name is the first half of replacing it: the file is kept and overwritten. */
export function replaceFile(name: string): void {
  replacing = { name, until: Date.now() + 60_000 };
}

/** An entry's address in the CMS. */
export const entryHref = (collection: string, slug: string) =>
  `#/collections/${encodeURIComponent(collection)}/entries/${encodeURIComponent(slug)}`;

/** Refuses with a dialog listing the entries that depend on the file, as links; the thrown message goes in the toast. */
function refuse(subject: string, intro: string, items: { entry: KnownEntry; detail: string }[]): never {
  const heading = `Không xóa được ${subject}.`;
  const dialog = document.createElement('dialog');
  dialog.className = 'antq-refusal';
  const title = Object.assign(document.createElement('h2'), { id: 'antq-refusal-title', textContent: heading });
  dialog.setAttribute('aria-labelledby', title.id);
  const list = document.createElement('ul');
  for (const { entry, detail } of items) {
    const link = Object.assign(document.createElement('a'), {
      href: entryHref(entry.collection, entry.slug),
      textContent: entry.title,
    });
    link.addEventListener('click', () => dialog.close());
    const item = document.createElement('li');
    item.append(link, ` (${detail})`);
    list.append(item);
  }
  const close = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Đóng' });
  close.addEventListener('click', () => dialog.close());
  dialog.append(title, Object.assign(document.createElement('p'), { textContent: intro }), list, close);
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  throw new RefusedDeletion(`${subject} đang được dùng ở ${items.map((i) => `“${i.entry.title}”`).join(', ')}.`);
}

/** Decap shows `String(error)` in its toast: the sentence alone, without "Error:". */
class RefusedDeletion extends Error {
  override name = 'RefusedDeletion';
  override toString(): string {
    return this.message;
  }
}

const labelOf = (collection: string) => {
  const c = collectionOf(collection);
  const label = c?.label_singular ?? c?.label ?? collection;
  return label.charAt(0).toUpperCase() + label.slice(1);
};

/** Throws (after showing why) when a path's entry is cited or its file used; false when it is to be kept. */
async function checkDeletion(path: string): Promise<boolean> {
  forget();
  const entries = await publishedEntries();
  const owner = config?.collections.find(
    (c) => (c.folder && path.startsWith(`${c.folder}/`)) || c.files?.some((f) => f.file === path),
  );
  if (owner) {
    const target = entries.find((e) => e.collection === owner.name && e.slug === slugOf(path));
    const citing = citationsOf({ collection: owner.name, slug: slugOf(path) }, entries, fieldsOf);
    if (citing.length)
      refuse(
        `“${target?.title ?? slugOf(path)}”`,
        `${citing.length} mục đang dẫn tới mục này. Bỏ trích dẫn ở từng mục (rồi công bố) trước khi xóa:`,
        citing.map(({ entry, fields }) => ({ entry, detail: `${labelOf(entry.collection)}, ô ${fields.join(', ')}` })),
      );
    return true;
  }
  const name = path.split('/').pop() ?? '';
  if (replacing && replacing.name === name && Date.now() < replacing.until) {
    replacing = undefined;
    return false;
  }
  const users = mediaUsers(path, entries);
  if (users.length)
    refuse(
      `tệp “${name}”`,
      `${users.length} mục đang dùng tệp này. Đổi hoặc gỡ tệp ở từng mục (rồi công bố) trước khi xóa:`,
      users.map((entry) => ({ entry, detail: labelOf(entry.collection) })),
    );
  return true;
}

function watch(implementation: Implementation): Implementation {
  backend = implementation;
  forget();
  return new Proxy(implementation, {
    get(target, key) {
      const value = Reflect.get(target, key, target) as unknown;
      if (typeof value !== 'function') return value;
      if (key === 'deleteFiles' || key === 'deleteFile')
        return async (first: string | string[], ...rest: unknown[]) => {
          const paths = Array.isArray(first) ? first : [first];
          const kept = await Promise.all(paths.map(checkDeletion));
          const doomed = paths.filter((_, i) => kept[i]);
          if (doomed.length === 0) return undefined;
          const result: unknown = await (key === 'deleteFiles'
            ? target.deleteFiles(doomed, rest[0] as string)
            : (value as (...a: unknown[]) => Promise<unknown>).call(target, doomed[0], ...rest));
          forget();
          return result;
        };
      if (key === 'publishUnpublishedEntry' || key === 'persistMedia' || key === 'persistEntry')
        return async (...args: unknown[]) => {
          const result: unknown = await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
          forget();
          return result;
        };
      return (value as (...a: unknown[]) => unknown).bind(target);
    },
  });
}

/** Wraps the backends the configuration may use (the local server counts as Decap's `proxy`). */
export function guardDeletions(cmsConfig: CmsConfig): void {
  config = cmsConfig;
  for (const name of new Set(['proxy', cmsConfig.backend.name])) {
    const registered = cms.getBackend(name);
    if (!registered) continue;
    const init = registered.init;
    registered.init = (...args: unknown[]) => watch(init(...args) as Implementation);
  }
}

export const REFUSAL_CSS = `
.antq-refusal { max-width: 36rem; border: 2px solid #8b1a10; border-radius: 8px; padding: 20px 24px; font: 16px/1.5 system-ui, sans-serif; color: #1a1a1a; }
.antq-refusal::backdrop { background: rgb(0 0 0 / 45%); }
.antq-refusal h2 { margin: 0 0 8px; font-size: 20px; color: #8b1a10; }
.antq-refusal a { color: #0b4f8a; font-weight: 600; }
.antq-refusal button { margin-top: 12px; padding: 6px 18px; font: inherit; border: 1px solid #0b4f8a; border-radius: 4px; background: #0b4f8a; color: #fff; cursor: pointer; }
`;
