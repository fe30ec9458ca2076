/**
 * Fields made of other fields: lists, groups and an image with its alt text, built on the field DSL of fields.ts
 * (one definition read as a Zod schema and as a Decap CMS field).
 */
import { z } from 'astro/zod';
import {
  field,
  nonEmpty,
  text,
  type Common,
  type Optional,
  type Field,
  type FieldMap,
  type CmsField,
  type SchemaTools,
  type ImageSchema,
} from './fields';
/*
 * Lists default to empty, but through `prefault`: a missing list is parsed as [] and still meets `min`,
 * whereas `default` would hand back [] unchecked and let a required list be left out.
 */

/** A list of short texts (topics, achievements), with at least `min` and at most `max` items. */
export function textList(opts: Common & { min?: number; max?: number }) {
  const { max, ...common } = opts;
  return field(
    'textList',
    { ...common, required: (opts.min ?? 0) > 0 },
    // prefault, not default: Zod 4 returns a default without checking it, so a missing list with min 1 would pass.
    () => {
      const list = z.array(nonEmpty(opts.label)).min(opts.min ?? 0, `${opts.label}: cần ít nhất ${opts.min} mục`);
      return (max === undefined ? list : list.max(max, `${opts.label}: nhiều nhất ${max} mục`)).prefault([]);
    },
    // One input per item: without `field`, Decap edits the list as one comma-separated text and splits items on commas.
    {
      widget: 'list',
      field: { name: 'item', label: opts.label, widget: 'string' },
      collapsed: false,
      ...(opts.min ? { min: opts.min } : {}),
      ...(max !== undefined ? { max } : {}),
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
  opts: Common & Optional & { required?: R; requiredWhen?: RequiredWhen },
) {
  // Decap validates an object's inner fields even when the object is optional and left empty, so an optional
  // group uses the 'optional-object' widget (cms/init.ts): checked only once the editor starts filling it.
  const widget = opts.required === false ? 'optional-object' : 'object';
  const { requiredWhen, ...common } = opts;
  return field(
    'object',
    common,
    (tools) => objectSchema(fields, tools, opts.label),
    { widget, fields: cmsFields(fields), ...(requiredWhen ? { required_when: requiredWhen } : {}) },
    { fields },
  );
}

/**
 * An optional group that another field's value makes required (consent, for a profile of an individual). The
 * schema enforces it with a refinement on the whole entry; the CMS reads this to show the group as required.
 */
export interface RequiredWhen {
  field: string;
  value: string;
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
