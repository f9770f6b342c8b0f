import { z } from 'zod';
import type { DataPath } from './locate.js';

/** The schema that describes the value at `path` in `data`, unwrapping optionals and picking union branches by the data. */
export function schemaAt(root: z.ZodType, data: unknown, path: DataPath): z.ZodType | undefined {
  let schema: z.ZodType | undefined = root;
  let value: unknown = data;
  for (const step of path) {
    schema = unwrap(schema, value);
    if (schema instanceof z.ZodObject) schema = (schema.shape as Record<string, z.ZodType>)[String(step)];
    else if (schema instanceof z.ZodArray) schema = schema.element as z.ZodType;
    else if (schema instanceof z.ZodRecord) schema = schema.valueType as z.ZodType;
    else return undefined;
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[String(step)] : undefined;
  }
  return unwrap(schema, value);
}

function unwrap(schema: z.ZodType | undefined, value: unknown): z.ZodType | undefined {
  let s = schema;
  for (;;) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodNullable) s = s.unwrap() as z.ZodType;
    else if (s instanceof z.ZodDiscriminatedUnion) s = pickBranch(s, value);
    else return s;
  }
}

function pickBranch(union: z.ZodDiscriminatedUnion, value: unknown): z.ZodType | undefined {
  const key = union.def.discriminator;
  const tag = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return (union.options as z.ZodType[]).find(
    (o) => o instanceof z.ZodObject && (o.shape[key] as z.ZodType | undefined)?.safeParse(tag).success,
  );
}

/** The keys a map may have at this place in the schema, for "did you mean". */
export function allowedKeys(schema: z.ZodType | undefined): string[] {
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  if (schema instanceof z.ZodRecord && schema.keyType instanceof z.ZodEnum) return schema.keyType.options.map(String);
  return [];
}
