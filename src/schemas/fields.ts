/**
 * One definition per content field, read twice: as a Zod schema for Astro's content collections and as a
 * Decap CMS field. Labels and hints are what editors see, so they are Vietnamese.
 *
 * This module must stay importable from the browser (the CMS bundle) and from Vitest, so it imports no
 * `astro:*` virtual module: Astro's `image()` and `reference()` arrive through `SchemaTools`.
 */
import { z } from 'astro/zod';

/** Names of every collection; references may only point at these. */
export const COLLECTION_NAMES = [
  'articles',
  'profiles',
  'guides',
  'localities',
  'stats',
  'settings',
  'pages',
  'laws',
  'bulletins',
] as const;
export type CollectionName = (typeof COLLECTION_NAMES)[number];

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

interface Common {
  label: string;
  hint?: string;
}
interface Optional {
  required?: boolean;
}

type MaybeOptional<S extends z.ZodType, R extends boolean> = R extends false ? z.ZodOptional<S> : S;

function field<S extends z.ZodType, R extends boolean>(
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

const nonEmpty = (label: string) => z.string().trim().min(1, `${label}: không được để trống`);

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

/*
 * Lists default to empty, but through `prefault`: a missing list is parsed as [] and still meets `min`,
 * whereas `default` would hand back [] unchecked and let a required list be left out.
 */

/** A list of short texts (topics, achievements). */
export function textList(opts: Common & { min?: number }) {
  return field(
    'textList',
    { ...opts, required: (opts.min ?? 0) > 0 },
    // prefault, not default: Zod 4 returns a default without checking it, so a missing list with min 1 would pass.
    () =>
      z
        .array(nonEmpty(opts.label))
        .min(opts.min ?? 0, `${opts.label}: cần ít nhất ${opts.min} mục`)
        .prefault([]),
    // One input per item: without `field`, Decap edits the list as one comma-separated text and splits items on commas.
    {
      widget: 'list',
      field: { name: 'item', label: opts.label, widget: 'string' },
      collapsed: false,
      ...(opts.min ? { min: opts.min } : {}),
    },
  ) as unknown as Field<z.ZodPrefault<z.ZodArray<z.ZodString>>>;
}

/** A list of whole numbers within bounds (school grades). */
export function integerList(opts: Common & { min?: number; minValue?: number; maxValue?: number }) {
  const { label, minValue, maxValue } = opts;
  const item = () => {
    let s = z.number({ error: `${label}: mỗi mục phải là số` }).int(`${label}: mỗi mục phải là số nguyên`);
    if (minValue !== undefined) s = s.min(minValue, `${label}: nhỏ nhất là ${minValue}`);
    if (maxValue !== undefined) s = s.max(maxValue, `${label}: lớn nhất là ${maxValue}`);
    return s;
  };
  return field(
    'integerList',
    { ...opts, required: (opts.min ?? 0) > 0 },
    () =>
      z
        .array(item(), { error: `${label}: phải là danh sách số` })
        .min(opts.min ?? 0, `${label}: cần ít nhất ${opts.min} mục`)
        .prefault([]),
    {
      widget: 'list',
      // A list with one unnamed `field` stores plain values (here numbers), not objects.
      field: {
        name: 'value',
        label,
        widget: 'number',
        value_type: 'int',
        ...(minValue !== undefined ? { min: minValue } : {}),
        ...(maxValue !== undefined ? { max: maxValue } : {}),
      },
      ...(opts.min ? { min: opts.min } : {}),
    },
  ) as unknown as Field<z.ZodPrefault<z.ZodArray<z.ZodNumber>>>;
}

type ShapeOf<F extends FieldMap> = { [K in keyof F]: ReturnType<F[K]['schema']> };

/** A strict Zod object of the fields: an unknown or misspelt key is an error, not silently dropped. */
export function objectSchema<F extends FieldMap>(
  fields: F,
  tools: SchemaTools,
  label?: string,
): z.ZodObject<ShapeOf<F>, z.core.$strict> {
  const shape = Object.fromEntries(Object.entries(fields).map(([name, f]) => [name, f.schema(tools)]));
  // Vietnamese messages: a misspelt key, and a missing nested group (instead of Zod's "expected object").
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys')
        return `Trường không có trong lược đồ (gõ nhầm tên?): ${issue.keys.join(', ')}`;
      if (label && issue.code === 'invalid_type')
        return issue.input === undefined ? `${label}: bắt buộc, chưa điền` : `${label}: phải là một nhóm trường`;
      return undefined;
    },
  }) as unknown as z.ZodObject<ShapeOf<F>, z.core.$strict>;
}

export function cmsFields(fields: FieldMap): CmsField[] {
  return Object.entries(fields).map(([name, f]) => f.cms(name));
}

/** A group of fields stored as one object. */
export function object<F extends FieldMap, R extends boolean = true>(
  fields: F,
  opts: Common & Optional & { required?: R },
) {
  // Decap validates an object's inner fields even when the object is optional and left empty, so an optional
  // group uses the 'optional-object' widget (cms/init.ts): checked only once the editor starts filling it.
  const widget = opts.required === false ? 'optional-object' : 'object';
  return field(
    'object',
    opts,
    (tools) => objectSchema(fields, tools, opts.label),
    { widget, fields: cmsFields(fields) },
    { fields },
  );
}

/** A list of objects (honours, steps, legal documents). */
export function objectList<F extends FieldMap>(fields: F, opts: Common & { min?: number; summary?: string }) {
  return field(
    'objectList',
    { ...opts, required: (opts.min ?? 0) > 0 },
    (tools) =>
      z
        .array(objectSchema(fields, tools, opts.label))
        .min(opts.min ?? 0, `${opts.label}: cần ít nhất ${opts.min} mục`)
        .prefault([]),
    {
      widget: 'list',
      fields: cmsFields(fields),
      ...(opts.summary ? { summary: opts.summary } : {}),
      ...(opts.min ? { min: opts.min } : {}),
    },
    { fields },
  ) as unknown as Field<z.ZodPrefault<z.ZodArray<z.ZodObject<ShapeOf<F>, z.core.$strict>>>> & { fields: F };
}

/** An image with its alternative text; the text is required because the image means something. */
export function imageWithAlt<R extends boolean = true>(opts: Common & Optional & { required?: R }) {
  const fields = {
    src: {
      ...text({ label: 'Tệp ảnh' }),
      kind: 'image',
      schema: (tools: SchemaTools) => tools.image() as unknown as ImageSchema,
      cms: (name: string) => ({ name, label: 'Tệp ảnh', widget: 'image', required: true, choose_url: false }),
    } as Field<ImageSchema>,
    alt: text({
      label: 'Mô tả ảnh (alt)',
      hint: 'Tả nội dung ảnh cho người không nhìn thấy, ví dụ: "Tổ hòa giải thôn Khau Cà họp tại nhà văn hóa".',
      max: 250,
    }),
    caption: text({ label: 'Chú thích', required: false }),
    credit: text({ label: 'Nguồn ảnh', required: false }),
  };
  return object(fields, opts);
}
