/**
 * The build's rules, shown at the field they are about before anything is saved. Every control Decap validates on
 * "Lưu" also runs the entry's check (checks.ts: schema, privacy, MDX, a bulletin's word count) plus what only the
 * whole content can tell: a reference to an entry no longer published. A problem with a field marks that field in
 * red with its message, as Decap does for a required field left empty, and the save stops. A title another entry
 * of the collection already has is a warning under the title, not a refusal.
 */
import { Component, createElement, Fragment, type ReactElement, type ReactNode } from 'react';
import { missingReferences, sameTitle } from '../src/lib/cms/citations';
import type { ContentProblem } from '../src/lib/content/integrity';
import { bodyForSaving } from '../src/lib/mdx/escape-text';
import { checkCmsEntry } from './checks';
import { MDX_COLLECTIONS } from './config';
import { cms, type DecapApi } from './decap';
import { cleanEntryData, isBlank } from './normalize';
import { entryHref, fieldsOf, loadedEntries, publishedEntries } from './references';

interface Imm {
  get(key: string): unknown;
  toJS(): unknown;
}
interface ControlProps {
  field: Imm;
  collection?: Imm;
  getEntry?: () => Imm;
  entry?: Imm;
  value?: unknown;
  parentIds?: string[];
  isEditorComponent?: boolean;
}
type Validity = boolean | { error: unknown } | Promise<unknown> | undefined;

let allowedNumbers: readonly string[] = [];
/** The site's public numbers, which the privacy rule allows anywhere (read from the settings by init.ts). */
export function setAllowedNumbers(numbers: readonly string[]): void {
  allowedNumbers = numbers;
}

/** Where the entry's file is, or will be: the build's messages name it. */
export function entryFile(entry: Imm): string {
  const path = entry.get('path');
  return (
    (!entry.get('newRecord') && typeof path === 'string' && path) ||
    `src/content/${String(entry.get('collection'))}/(mục mới)`
  );
}

const checked = new WeakMap<object, ContentProblem[]>();

/** Every problem the build (and the published content) would find in the entry as it is in the editor now. */
export function entryProblems(entry: Imm): ContentProblem[] {
  const data = entry.get('data') as Imm;
  const cached = checked.get(data);
  if (cached) return cached;
  const collection = String(entry.get('collection'));
  const file = entryFile(entry);
  const clean = cleanEntryData(data.toJS() as Record<string, unknown>);
  // What will be saved: text "<" and "{" escaped (init.ts does the same on saving).
  if (typeof clean.body === 'string') clean.body = bodyForSaving(clean.body);
  const problems = checkCmsEntry(collection, file, clean, allowedNumbers);
  const known = loadedEntries();
  if (known)
    for (const ref of missingReferences(clean, fieldsOf(collection), (c, id) =>
      known.some((e) => e.collection === c && e.slug === id),
    ))
      problems.push({
        file,
        field: ref.name,
        message: `${ref.field}: “${ref.id}” không còn trên cổng (có thể vừa bị xóa); hãy chọn lại.`,
      });
  checked.set(data, problems);
  return problems;
}

/** The schema's word for a field left out (fields.ts): Decap says the same at the empty field itself. */
const MISSING = /^bắt buộc, chưa điền$/;

/** The top-level field a problem is about: "cover.alt" and "cover" → cover, "body (dòng 3)" → body. */
const topField = (field: string) => field.split(/[.[ ]/)[0] ?? field;
/** The label of a field inside a group or list: "alert.message" → the alert group's "Nội dung". */
function innerLabel(field: Imm, path: string): string | undefined {
  let current: Imm | undefined = field;
  for (const name of path.split(/[.[\]]+/).filter((part) => part && !/^\d+$/.test(part))) {
    const single = current?.get('field') as Imm | undefined;
    const fields = current?.get('fields') as { find(fn: (f: Imm) => boolean): Imm | undefined } | undefined;
    current = fields?.find((f) => f.get('name') === name) ?? (single?.get('name') === name ? single : undefined);
  }
  return current && current !== field ? String(current.get('label')) : undefined;
}

/**
 * A problem as its field shows it: "body (dòng 3)" → "Dòng 3: …"; a problem inside a group names the group's field
 * ("Nội dung: …") unless its message already does; other messages name their field themselves.
 */
const shown = (p: ContentProblem, field: Imm) => {
  const line = /\(dòng (\d+)\)/.exec(p.field)?.[1];
  if (line) return `Dòng ${line}: ${p.message}`;
  const label = innerLabel(field, p.field.slice(topField(p.field).length));
  return label && !p.message.startsWith(label) ? `${label}: ${p.message}` : p.message;
};

type ControlClass = new (props: ControlProps) => Component<ControlProps> & {
  isValid?: () => Validity;
  render(): ReactNode;
};

function withEntryChecks(Base: ControlClass): ControlClass {
  return class CheckedControl extends Base {
    constructor(props: ControlProps) {
      super(props);
      // Decap calls isValid unbound (Widget.js): keep `this` here.
      const own = this.isValid;
      this.isValid = () => {
        const result = own?.call(this);
        if (result === false || result instanceof Promise) return result;
        if (result && typeof result === 'object' && (result as { error?: unknown }).error) return result;
        return this.problemsError(true) ?? result ?? true;
      };
      /*
       * Lists and groups validate their items themselves and never ask isValid; a list even wipes its own
       * "required" error when it is empty (Decap's validateSize). Their problems are set after theirs.
       */
      const validate = (this as { validate?: () => void }).validate;
      if (typeof validate === 'function')
        (this as { validate?: () => void }).validate = () => {
          validate.call(this);
          const error = this.problemsError(false);
          if (!error) return;
          const size = (this as { validateSize?: () => unknown[] }).validateSize?.() ?? [];
          (this.props as { onValidateObject?: (id: string, errors: unknown[]) => void }).onValidateObject?.(
            (this.props as { forID?: string }).forID ?? '',
            [...size, error.error],
          );
        };
    }

    private problemsError(
      skipBlank: boolean,
    ): { error: { type: string; message: string; parentIds: string[] } } | undefined {
      const messages = this.problems(skipBlank).map((p) => shown(p, this.props.field));
      if (messages.length === 0) return undefined;
      // Decap says "Chưa lưu: …" at the top only for errors of this type; the field's own message says the rest.
      return { error: { type: 'PRESENCE', message: messages.join(' '), parentIds: this.props.parentIds ?? [] } };
    }

    private get topLevel(): boolean {
      return !this.props.isEditorComponent && (this.props.parentIds ?? []).length === 0;
    }

    private currentEntry(): Imm | undefined {
      return this.props.getEntry?.() ?? this.props.entry;
    }

    private problems(skipBlank: boolean): ContentProblem[] {
      const entry = this.currentEntry();
      if (!this.topLevel || !entry) return [];
      const name = String(this.props.field.get('name'));
      // A required field left empty: Decap's own message ("… bắt buộc nhập.") says it already, at the field.
      if (skipBlank && isBlank(this.props.value) && this.props.field.get('required') !== false) return [];
      return entryProblems(entry).filter((p) => topField(p.field) === name && !MISSING.test(p.message));
    }

    private duplicateNote(): ReactElement | null {
      const { collection, field, value } = this.props;
      const entry = this.currentEntry();
      if (!this.topLevel || !collection || !entry || typeof value !== 'string') return null;
      if (collection.get('identifier_field') !== field.get('name')) return null;
      // Articles, guides, profiles… are found by their titles; data entries are told apart otherwise (two laws
      // share a title across versions, by their numbers).
      if (!(MDX_COLLECTIONS as readonly string[]).includes(String(collection.get('name')))) return null;
      const known = loadedEntries();
      if (!known) {
        void publishedEntries().then(
          () => this.forceUpdate(),
          () => undefined,
        );
        return null;
      }
      const slug = entry.get('newRecord') ? undefined : String(entry.get('slug'));
      const same = sameTitle({ collection: String(collection.get('name')), slug, title: value }, known);
      if (same.length === 0) return null;
      const label = String(collection.get('label_singular') ?? collection.get('label'));
      return createElement(
        'p',
        { className: 'antq-field-warning', role: 'status' },
        `Lưu ý: đã có ${label} cùng tiêu đề: `,
        ...same.flatMap((e, i) => [
          i ? ', ' : '',
          createElement('a', { key: e.slug, href: entryHref(e.collection, e.slug) }, `“${e.title}”`),
        ]),
        '. Người đọc khó phân biệt hai mục cùng tên: nên đặt tiêu đề khác.',
      );
    }

    override render(): ReactNode {
      const control = super.render();
      const note = this.duplicateNote();
      return note ? createElement(Fragment, null, control, note) : control;
    }
  } as unknown as ControlClass;
}

export const FIELD_CHECK_CSS = `
.antq-field-warning { margin: 6px 0 0; padding: 6px 10px; border-left: 4px solid #b36b00; background: #fff6e5; color: #4a3000; font-size: 14px; }
.antq-field-warning a { color: #0b4f8a; }
`;

/** Every widget the collections use, once the site's own controls are registered (widgets.ts). */
export function checkFieldsBeforeSaving(widgetNames: Iterable<string>): void {
  for (const name of new Set(widgetNames)) {
    const widget = cms.getWidget(name) as ReturnType<DecapApi['getWidget']> | undefined;
    const control = widget?.control as unknown as ControlClass | undefined;
    // Only class components can be extended; every control Decap ships is one.
    if (!widget || typeof control !== 'function' || !control.prototype?.render) continue;
    const { control: _, preview, ...options } = widget;
    cms.registerWidget({
      ...options,
      name,
      controlComponent: withEntryChecks(control),
      previewComponent: preview,
    });
  }
}
