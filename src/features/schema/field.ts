import { z } from 'zod'
import {
  fieldRegistry,
  linkFieldType,
  linkVariants,
  primitiveRegistry,
  registerType,
  typeRegistry,
  type FieldMeta,
  type TypeMeta,
  type TypeVariant,
} from './field-meta.ts'

type FieldOptions = Pick<FieldMeta, 'ps' | 'help'> &
  Partial<Pick<FieldMeta, 'unit' | 'check' | 'sensitive'>> & {
    /** Session and segment start/end are the only non-nullable properties (OAS). */
    nullable?: boolean
    /** False for properties of a subtype, which the cmdlet's help does not list. */
    inHelp?: boolean
  }

/** A property of a Graph type: optional, nullable unless told otherwise, its widget taken from the schema. */
export function field(schema: z.ZodType, options: FieldOptions): z.ZodType {
  const nullable = options.nullable ?? true
  const outer = nullable ? schema.nullable().optional() : schema.optional()
  fieldRegistry.add(outer, {
    ...describe(schema, outer),
    ...options,
    nullable,
    inHelp: options.inHelp ?? true,
  })
  return outer
}

function describe(
  schema: z.ZodType,
  outer: z.ZodType,
): Pick<FieldMeta, 'widget' | 'psType' | 'members' | 'enumName'> {
  const primitive = primitiveRegistry.get(schema)
  if (primitive) return primitive
  const type = typeRegistry.get(schema)
  if (type) {
    linkFieldType(outer, schema)
    return { widget: 'object', psType: type.psInterface }
  }
  if (schema instanceof z.ZodArray) {
    const item = schema.element as z.ZodType
    const itemPrimitive = primitiveRegistry.get(item)
    if (itemPrimitive?.widget === 'enum') {
      return {
        widget: 'enumArray',
        psType: 'String[]',
        members: itemPrimitive.members,
        enumName: itemPrimitive.enumName,
      }
    }
    const itemType = typeRegistry.get(item)
    if (itemType) {
      linkFieldType(outer, item)
      return { widget: 'array', psType: `${itemType.psInterface}[]` }
    }
  }
  throw new Error('field() needs a registered primitive, Graph type, or array of either')
}

/** A Graph complex or entity type. Every Graph object is open: unknown keys are kept, never stripped. */
export function graphType<Shape extends z.ZodRawShape>(meta: TypeMeta, shape: Shape, catchall?: z.ZodType) {
  const error = `Expected an object (${meta.graphName.split('.').pop()})`
  const schema = catchall ? z.object(shape, { error }).catchall(catchall) : z.looseObject(shape, { error })
  registerType(schema, meta)
  return schema
}

/**
 * A base type whose `@odata.type` selects a subtype. An absent `@odata.type` means the base type;
 * the leading `#` is what Graph writes, and OData readers also accept the bare name.
 */
export function polymorphicType(meta: TypeMeta & { variants: readonly TypeVariant[] }) {
  const options = meta.variants.map((variant) => variant.schema) as unknown as [z.ZodObject, ...z.ZodObject[]]
  const schema = z.discriminatedUnion('@odata.type', options, {
    error: () =>
      `Unknown @odata.type for ${meta.graphName.split('.').pop() ?? ''}; use ${meta.variants
        .flatMap((v) => (v.odataType ? [v.odataType] : []))
        .join(' or ')}`,
  })
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
