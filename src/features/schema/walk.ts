import { z } from 'zod'
import {
  isJsonArray,
  isJsonObject,
  type JsonObject,
  type JsonPath,
  type JsonValue,
} from '#src/lib/json/json-value.ts'
import { fieldRegistry, fieldTypeOf, variantsOf, type FieldMeta, type TypeVariant } from './field-meta.ts'

export interface FieldEntry {
  key: string
  schema: z.ZodType
  meta: FieldMeta
}

const fieldCache = new WeakMap<z.ZodType, readonly FieldEntry[]>()

/** The declared properties of an object type, in declared order (`@odata.type` is not one of them). */
export function fieldsOf(objectSchema: z.ZodType): readonly FieldEntry[] {
  const cached = fieldCache.get(objectSchema)
  if (cached) return cached
  const shape = objectSchema instanceof z.ZodObject ? (objectSchema.shape as Record<string, z.ZodType>) : {}
  const entries = Object.entries(shape).flatMap(([key, schema]) => {
    const meta = fieldRegistry.get(schema)
    return meta ? [{ key, schema, meta }] : []
  })
  fieldCache.set(objectSchema, entries)
  return entries
}

/** The variant whose `@odata.type` the value carries; the base when it carries none or an unknown one. */
export function variantFor(typeSchema: z.ZodType, value: JsonValue | undefined): TypeVariant | undefined {
  const variants = variantsOf(typeSchema)
  if (!variants) return undefined
  const declared = isJsonObject(value) ? value.get('@odata.type') : undefined
  const name = typeof declared === 'string' ? declared.replace(/^#?/, '#') : undefined
  return variants.find((v) => v.odataType === name) ?? variants[0]
}

/** The object schema that describes `value`: the type itself, or its selected variant. */
export function concreteType(typeSchema: z.ZodType, value: JsonValue | undefined): z.ZodType {
  return variantFor(typeSchema, value)?.schema ?? typeSchema
}

export interface Visit {
  path: JsonPath
  value: JsonValue
  meta: FieldMeta
  /** The object holding the field. */
  parent: JsonObject
}

/** Calls `visit` for every declared field present in `value`, depth first, parents before children. */
export function walkFields(
  typeSchema: z.ZodType,
  value: JsonValue,
  visit: (v: Visit) => void,
  path: JsonPath = [],
): void {
  if (!isJsonObject(value)) return
  for (const entry of fieldsOf(concreteType(typeSchema, value))) {
    const child = value.get(entry.key)
    if (child === undefined) continue
    const childPath = [...path, entry.key]
    visit({ path: childPath, value: child, meta: entry.meta, parent: value })
    const childType = fieldTypeOf(entry.schema)
    if (!childType) continue
    if (entry.meta.widget === 'array' && isJsonArray(child)) {
      child.forEach((item, index) => walkFields(childType, item, visit, [...childPath, index]))
    } else walkFields(childType, child, visit, childPath)
  }
}
