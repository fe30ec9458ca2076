/**
 * One definition per content field, read twice: as a Zod schema for Astro's content collections and as a
 * Decap CMS field. Labels and hints are what editors see, so they are Vietnamese.
 *
 * This module must stay importable from the browser (the CMS bundle) and from Vitest, so it imports no
 * `astro:*` virtual module: Astro's `image()` and `reference()` arrive through `SchemaTools`.
 */
import { z } from 'astro/zod';
import { URL_PATTERN, URL_RULE, urlProblem } from '../lib/security/url-safety';

// Zod's own messages in Vietnamese wherever the schemas run (the build, the CMS, the tests); a field left out is
// said plainly, not as "expected string, received undefined".
z.config(z.locales.vi());
z.config({
  customError: (issue) =>
    issue.code === 'invalid_type' && issue.input === undefined ? 'bắt buộc, chưa điền' : undefined,
});

/**
 * The name of a collection a reference points at. The registry (registry.ts) lists the collections and refuses, as
 * it loads, a reference to a name it does not have; this module cannot import it (the registry imports the fields).
 */
export type CollectionName = string;

export type ReferenceSchema<C extends string> = z.ZodPipe<
  z.ZodString,
  z.ZodTransform<{ collection: C; id: string }, string>
>;
export type ImageSchema = z.ZodObject<{
  src: z.ZodString;
  width: z.ZodNumber;
  height: z.ZodNumber;
  format: z.ZodType<'png' | 'jpg' | 'jpeg' | 'tiff' | 'webp' | 'gif' | 'svg' | 'avif' | 'apng'>;
}>;

/** What Astro hands a schema factory, narrowed to what the fields use. */
export interface SchemaTools {
  image: () => z.ZodType;
  reference: (collection: string) => z.ZodType;
}

/** A Decap CMS field (https://decapcms.org/docs/widgets/). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  [option: string]: unknown;
}

export interface Field<S extends z.ZodType = z.ZodType> {
  readonly kind: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly required: boolean;
  /** Allowed values, for selects. */
  readonly options?: readonly string[];
  /** Target collection, for references. */
  readonly collection?: CollectionName;
  /** Nested fields, for objects and lists of objects. */
  readonly fields?: FieldMap;
  schema(tools: SchemaTools): S;
  cms(name: string): CmsField;
}

export type FieldMap = Record<string, Field>;

export interface Common {
  label: string;
  hint?: string;
}
export interface Optional {
  required?: boolean;
}

type MaybeOptional<S extends z.ZodType, R extends boolean> = R extends false ? z.ZodOptional<S> : S;

/** One field, read twice: its Zod schema (optional unless required) and its Decap CMS field. */
export function field<S extends z.ZodType, R extends boolean>(
  kind: string,
  opts: Common & { required?: R },
  base: (tools: SchemaTools) => S,
  cms: Omit<CmsField, 'name' | 'label' | 'required' | 'hint'> & { widget: string },
  extra: Partial<Pick<Field, 'options' | 'collection' | 'fields'>> = {},
): Field<MaybeOptional<S, R>> {
  const required = opts.required !== false;
  return {
    kind,
    label: opts.label,
    hint: opts.hint,
    required,
    ...extra,
    schema: (tools) => (required ? base(tools) : base(tools).optional()) as MaybeOptional<S, R>,
    cms: (name): CmsField => ({
      name,
      label: opts.label,
      required,
      ...(opts.hint ? { hint: opts.hint } : {}),
      ...cms,
      widget: cms.widget,
    }),
  };
}

export const nonEmpty = (label: string) => z.string().trim().min(1, `${label}: không được để trống`);

/** The same length limit in the CMS, with a Vietnamese message (Decap checks `pattern` before saving). */
const maxPattern = (max: number | undefined) =>
  max ? { pattern: [`^[\\s\\S]{0,${max}}$`, `Tối đa ${max} ký tự`] } : {};

/** One line of text. */
export function text<R extends boolean = true>(opts: Common & Optional & { required?: R; max?: number }) {
  const max = opts.max;
  return field(
    'text',
    opts,
    () => (max ? nonEmpty(opts.label).max(max, `${opts.label}: tối đa ${max} ký tự`) : nonEmpty(opts.label)),
    { widget: 'string', ...maxPattern(max) },
  );
}

/** Several lines of plain text (no markup). */
export function longText<R extends boolean = true>(opts: Common & Optional & { required?: R; max?: number }) {
  const max = opts.max;
  return field(
    'longText',
    opts,
    () => (max ? nonEmpty(opts.label).max(max, `${opts.label}: tối đa ${max} ký tự`) : nonEmpty(opts.label)),
    { widget: 'text', ...maxPattern(max) },
  );
}

/**
 * A web address: `https://…`, `http://…` or a path on the site (`/…`), the rule links in bodies follow too
 * (src/lib/security/url-safety.ts). A `javascript:` or `data:` address, however spelt, is refused by the schema (so
 * by the CMS before saving and by the build) and flagged by the CMS as it is typed.
 */
export function url<R extends boolean = true>(opts: Common & Optional & { required?: R }) {
  return field(
    'url',
    opts,
    () =>
      z
        .string()
        .trim()
        .min(1, `${opts.label}: không được để trống`)
        .superRefine((value, ctx) => {
          const problem = urlProblem(value);
          if (problem) ctx.addIssue({ code: 'custom', message: `${opts.label}: ${problem}`, input: value });
        }),
    { widget: 'string', pattern: [URL_PATTERN, URL_RULE] },
  );
}

/** A calendar date written as YYYY-MM-DD. */
export function date<R extends boolean = true>(opts: Common & Optional & { required?: R }) {
  return field(
    'date',
    opts,
    () =>
      z.coerce
        .date({ error: `${opts.label}: ngày không hợp lệ (dạng YYYY-MM-DD)` })
        .refine((d) => !Number.isNaN(d.getTime()), {
          message: `${opts.label}: ngày không hợp lệ (dạng YYYY-MM-DD)`,
        }),
    { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD/MM/YYYY', time_format: false },
  );
}

/** A yes/no switch; never missing, because it has a default. */
export function boolean(opts: Common & { default: boolean }): Field<z.ZodDefault<z.ZodBoolean>> {
  const base = field(
    'boolean',
    { ...opts, required: true },
    () => z.boolean({ error: `${opts.label}: phải là true hoặc false` }),
    { widget: 'boolean', default: opts.default },
  );
  return {
    ...base,
    required: false,
    schema: (tools) => base.schema(tools).default(opts.default),
    cms: (name) => ({ ...base.cms(name), required: false }),
  };
}

export function integer<R extends boolean = true>(
  opts: Common & Optional & { required?: R; min?: number; max?: number },
) {
  return field(
    'integer',
    opts,
    () => {
      let s = z.number({ error: `${opts.label}: phải là số` }).int(`${opts.label}: phải là số nguyên`);
      if (opts.min !== undefined) s = s.min(opts.min, `${opts.label}: nhỏ nhất là ${opts.min}`);
      if (opts.max !== undefined) s = s.max(opts.max, `${opts.label}: lớn nhất là ${opts.max}`);
      return s;
    },
    {
      widget: 'number',
      value_type: 'int',
      ...(opts.min !== undefined ? { min: opts.min } : {}),
      ...(opts.max !== undefined ? { max: opts.max } : {}),
    },
  );
}

export function decimal<R extends boolean = true>(opts: Common & Optional & { required?: R; min?: number }) {
  return field(
    'decimal',
    opts,
    () => {
      const s = z.number({ error: `${opts.label}: phải là số` });
      return opts.min !== undefined ? s.min(opts.min, `${opts.label}: nhỏ nhất là ${opts.min}`) : s;
    },
    { widget: 'number', value_type: 'float', ...(opts.min !== undefined ? { min: opts.min } : {}) },
  );
}

/** One value from a fixed list; `options` maps the stored value to the label editors and readers see. */
export function select<const V extends string, R extends boolean = true>(
  opts: Common & Optional & { required?: R; options: Record<V, string>; default?: V },
) {
  const values = Object.keys(opts.options) as [V, ...V[]];
  return field(
    'select',
    opts,
    () =>
      z.enum(values, {
        error: (issue) => `${opts.label}: "${String(issue.input)}" không nằm trong danh sách (${values.join(', ')})`,
      }),
    {
      widget: 'select',
      options: values.map((value) => ({ value, label: opts.options[value] })),
      ...(opts.default ? { default: opts.default } : {}),
    },
    { options: values },
  );
}

/**
 * Relation widget options: the stored value is the entry's slug (= its file name = the Astro id the schema
 * expects), found by its Vietnamese name; a name would give a reference Astro cannot resolve.
 */
function relationOptions(collection: CollectionName, displayField?: string) {
  // Legal documents are looked up by number ("35/2013") as often as by title.
  const display = displayField
    ? [displayField]
    : collection === 'profiles'
      ? ['name']
      : collection === 'laws'
        ? ['number', 'title']
        : ['title'];
  return {
    widget: 'relation',
    collection,
    value_field: '{{slug}}',
    search_fields: display,
    display_fields: display,
    options_length: 50,
  };
}

/** The id of an entry in another collection, picked by its Vietnamese name in the CMS. */
export function ref<C extends CollectionName, R extends boolean = true>(
  collection: C,
  opts: Common & Optional & { required?: R; displayField?: string },
) {
  return field(
    'reference',
    opts,
    (tools) => tools.reference(collection) as unknown as ReferenceSchema<C>,
    relationOptions(collection, opts.displayField),
    { collection },
  );
}

/** Several references to one collection. */
export function refs<C extends CollectionName>(collection: C, opts: Common & { displayField?: string }) {
  const single = ref(collection, opts);
  return field(
    'references',
    { ...opts, required: false as const },
    (tools) => z.array(single.schema(tools)).default([]),
    { ...relationOptions(collection, opts.displayField), multiple: true },
    { collection },
  ) as unknown as Field<z.ZodDefault<z.ZodArray<ReferenceSchema<C>>>>;
}
