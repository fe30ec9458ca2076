/**
 * Compares a content schema (the actual Zod object) with a Decap CMS field list, field by field and
 * recursively: name, requiredness, type, allowed values of selects, target of references. Both are read as
 * they are, not from the DSL that produced them, so a hand edit on either side shows up as a difference.
 */
import { z } from 'astro/zod';
import type { CmsField, SchemaTools } from '../../src/schemas/fields';

/** Stand-in for Astro's image(): one instance, recognised by identity. */
export const IMAGE = z.string();

/** Same shape as Astro's reference(): a string piped into { collection, id }. */
export const testTools: SchemaTools = {
  image: () => IMAGE,
  reference: (collection) => z.string().transform((id) => ({ collection, id })),
};

export type Shape =
  | { type: 'string' | 'boolean' | 'date' | 'image' }
  | { type: 'number'; int: boolean }
  | { type: 'enum'; values: string[] }
  | { type: 'reference'; collection: string }
  | { type: 'array'; of: Shape }
  | { type: 'object'; fields: Record<string, { required: boolean; shape: Shape }> }
  | { type: 'unknown'; detail: string };

type AnyZod = z.ZodType & { _zod: { def: Record<string, unknown> & { type: string } } };

/** Requiredness as behaviour: a field is required when the schema refuses a missing value. */
export const zodRequired = (schema: z.ZodType) => !schema.safeParse(undefined).success;

export function zodShape(input: z.ZodType): Shape {
  let schema = input as AnyZod;
  // Wrappers that only decide what happens to a missing value; requiredness is measured separately.
  while (['optional', 'default', 'prefault', 'nullable'].includes(schema._zod.def.type))
    schema = schema._zod.def.innerType as AnyZod;
  if (schema === (IMAGE as unknown)) return { type: 'image' };
  const def = schema._zod.def;
  switch (def.type) {
    case 'string':
    case 'boolean':
    case 'date':
      return { type: def.type };
    case 'number':
      return { type: 'number', int: Boolean((schema as unknown as { isInt?: boolean }).isInt) };
    case 'enum':
      return { type: 'enum', values: Object.values(def.entries as Record<string, string>) };
    case 'array':
      return { type: 'array', of: zodShape(def.element as z.ZodType) };
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      return {
        type: 'object',
        fields: Object.fromEntries(
          Object.entries(shape).map(([name, s]) => [name, { required: zodRequired(s), shape: zodShape(s) }]),
        ),
      };
    }
    case 'pipe': {
      const out = (def.out as AnyZod)._zod.def.type;
      const probe = schema.safeParse('probe-id');
      const data = probe.success ? (probe.data as { collection?: unknown }) : undefined;
      if (out === 'transform' && typeof data?.collection === 'string')
        return { type: 'reference', collection: data.collection };
      return { type: 'unknown', detail: `pipe → ${out}` };
    }
    default:
      return { type: 'unknown', detail: def.type };
  }
}

const cmsRequired = (field: CmsField) => field.required !== false;

export function cmsShape(field: CmsField): Shape {
  switch (field.widget) {
    case 'string':
    case 'text':
    case 'file':
      return { type: 'string' };
    case 'datetime':
      return { type: 'date' };
    case 'boolean':
      return { type: 'boolean' };
    case 'image':
      return { type: 'image' };
    case 'number':
      return { type: 'number', int: field.value_type === 'int' };
    case 'select':
      return {
        type: 'enum',
        values: (field.options as ({ value: string } | string)[]).map((o) => (typeof o === 'string' ? o : o.value)),
      };
    case 'relation': {
      const ref: Shape = { type: 'reference', collection: String(field.collection) };
      return field.multiple ? { type: 'array', of: ref } : ref;
    }
    case 'list':
      if (Array.isArray(field.fields)) return { type: 'array', of: cmsObjectShape(field.fields as CmsField[]) };
      if (field.field) return { type: 'array', of: cmsShape(field.field as CmsField) };
      return { type: 'array', of: { type: 'string' } };
    case 'object':
    case 'optional-object':
      return cmsObjectShape(field.fields as CmsField[]);
    default:
      return { type: 'unknown', detail: field.widget };
  }
}

export function cmsObjectShape(fields: CmsField[]): Shape {
  return {
    type: 'object',
    fields: Object.fromEntries(fields.map((f) => [f.name, { required: cmsRequired(f), shape: cmsShape(f) }])),
  };
}

/** Every difference, as "path: what differs"; empty when schema and CMS agree. */
export function compareShapes(schema: Shape, cms: Shape, path = ''): string[] {
  const at = path || '(gốc)';
  if (schema.type !== cms.type) return [`${at}: schema là ${schema.type}, CMS là ${cms.type}`];
  switch (schema.type) {
    case 'number':
      return schema.int === (cms as typeof schema).int
        ? []
        : [`${at}: số nguyên khác nhau (schema ${schema.int}, CMS ${(cms as typeof schema).int})`];
    case 'enum': {
      const a = [...schema.values].sort().join(',');
      const b = [...(cms as typeof schema).values].sort().join(',');
      return a === b ? [] : [`${at}: giá trị được phép khác nhau (schema ${a}; CMS ${b})`];
    }
    case 'reference':
      return schema.collection === (cms as typeof schema).collection
        ? []
        : [`${at}: tham chiếu tới ${schema.collection} nhưng CMS chọn từ ${(cms as typeof schema).collection}`];
    case 'array':
      return compareShapes(schema.of, (cms as typeof schema).of, `${path}[]`);
    case 'object': {
      const other = (cms as typeof schema).fields;
      const problems: string[] = [];
      for (const [name, f] of Object.entries(schema.fields)) {
        const p = path ? `${path}.${name}` : name;
        const c = other[name];
        if (!c) {
          problems.push(`${p}: có trong schema, thiếu trong CMS`);
          continue;
        }
        if (f.required !== c.required)
          problems.push(
            `${p}: schema ${f.required ? 'bắt buộc' : 'không bắt buộc'}, CMS ${c.required ? 'bắt buộc' : 'không bắt buộc'}`,
          );
        problems.push(...compareShapes(f.shape, c.shape, p));
      }
      for (const name of Object.keys(other))
        if (!(name in schema.fields))
          problems.push(`${path ? `${path}.` : ''}${name}: có trong CMS, thiếu trong schema`);
      return problems;
    }
    case 'unknown':
      return [`${at}: không nhận ra kiểu (${schema.detail})`];
    default:
      return [];
  }
}
