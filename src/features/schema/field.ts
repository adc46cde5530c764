import { z } from 'zod'
import {
  fieldRegistry,
  linkDynamicRule,
  linkFieldType,
  linkVariants,
  primitiveRegistry,
  registerType,
  typeRegistry,
  type FieldMeta,
  type TypeMeta,
  type TypeVariant,
  type ValueRule,
} from './field-meta.ts'

type FieldOptions = Pick<FieldMeta, 'ps' | 'help'> &
  Partial<Pick<FieldMeta, 'unit' | 'check' | 'sensitive' | 'readOnly'>> & {
    /** False where the metadata says `Nullable="false"`. A collection is never null, whatever this says. */
    nullable?: boolean
    /** For a collection: true where the metadata lets its items be null (`media`, `streams`). */
    itemsNullable?: boolean
    /** False for properties of a subtype, which the cmdlet's help does not list. */
    inHelp?: boolean
  }

/** A property of a Graph type: optional, nullable unless told otherwise, its widget taken from the schema. */
export function field(schema: z.ZodType, options: FieldOptions): z.ZodType {
  const isCollection = schema instanceof z.ZodArray
  const nullable = !isCollection && (options.nullable ?? true)
  const itemsNullable = isCollection && (options.itemsNullable ?? false)
  const declared = isCollection && itemsNullable ? z.array((schema.element as z.ZodType).nullable()) : schema
  const outer = nullable ? declared.nullable().optional() : declared.optional()
  fieldRegistry.add(outer, {
    ...describe(schema, outer),
    ...options,
    nullable,
    itemsNullable,
    inHelp: options.inHelp ?? true,
  })
  return outer
}

function describe(
  schema: z.ZodType,
  outer: z.ZodType,
): Pick<FieldMeta, 'widget' | 'psType' | 'edmType' | 'members' | 'enumName'> {
  const primitive = primitiveRegistry.get(schema)
  if (primitive) {
    const { widget, psType, edmType, members, enumName } = primitive
    return { widget, psType, edmType, members, enumName }
  }
  const type = typeRegistry.get(schema)
  if (type) {
    linkFieldType(outer, schema)
    return { widget: 'object', psType: type.psInterface, edmType: type.graphName }
  }
  if (schema instanceof z.ZodArray) {
    const item = schema.element as z.ZodType
    const itemPrimitive = primitiveRegistry.get(item)
    if (itemPrimitive?.widget === 'enum') {
      return {
        widget: 'enumArray',
        psType: 'String[]',
        edmType: `Collection(${itemPrimitive.edmType})`,
        members: itemPrimitive.members,
        enumName: itemPrimitive.enumName,
      }
    }
    const itemType = typeRegistry.get(item)
    if (itemType) {
      linkFieldType(outer, item)
      return {
        widget: 'array',
        psType: `${itemType.psInterface}[]`,
        edmType: `Collection(${itemType.graphName})`,
      }
    }
  }
  throw new Error('field() needs a registered primitive, Graph type, or array of either')
}

/**
 * A Graph complex or entity type. Unknown keys are kept, never stripped: whether they are allowed is the
 * validator's call (`meta.open`, see validate.ts), not zod's, so zod parsing never loses a key.
 */
export function graphType<Shape extends z.ZodRawShape>(meta: TypeMeta, shape: Shape, dynamic?: ValueRule) {
  const schema = z.looseObject(shape)
  registerType(schema, meta)
  if (dynamic) linkDynamicRule(schema, dynamic)
  return schema
}

/**
 * A base type whose `@odata.type` selects a subtype. An absent `@odata.type` means the base type;
 * the leading `#` is what Graph writes, and OData readers also accept the bare name.
 */
export function polymorphicType(meta: TypeMeta & { variants: readonly TypeVariant[] }) {
  const options = meta.variants.map((variant) => variant.schema) as unknown as [z.ZodObject, ...z.ZodObject[]]
  const schema = z.discriminatedUnion('@odata.type', options)
  registerType(schema, { graphName: meta.graphName, psInterface: meta.psInterface })
  linkVariants(schema, meta.variants)
  return schema
}

/** The `@odata.type` key of a variant: the `#`-prefixed value Graph writes, or the bare name. */
export function odataType(value: string): z.ZodType {
  return z.literal([value, value.slice(1)])
}

/** The base type of a polymorphic family: `@odata.type` absent, or naming the base itself. */
export function baseOdataType(value: string): z.ZodType {
  return z.literal([value, value.slice(1)]).optional()
}
