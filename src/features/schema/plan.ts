import { z } from 'zod'
import {
  dynamicRuleOf,
  fieldTypeOf,
  ruleOf,
  typeRegistry,
  variantsOf,
  type FieldMeta,
  type ValueRule,
} from './field-meta.ts'
import { fieldsOf } from './walk.ts'

/** One declared property, as the validator needs it: what its value (or each item) must be. */
export interface PropertyPlan {
  key: string
  meta: FieldMeta
  collection: boolean
  /** The Graph type of an object value, or of each object in a collection. */
  type?: z.ZodType
  /** The rule of a primitive value, or of each primitive in a collection. */
  rule?: ValueRule
  /** For a collection: its item type's name in the metadata. */
  itemType: string
}

/** A concrete Graph type: its properties, and what it makes of keys it does not declare. */
export interface ObjectPlan {
  schema: z.ZodType
  graphName: string
  open: boolean
  abstract: boolean
  /** A derived type of a family, which only its `@odata.type` selects. */
  derived: boolean
  /** An open type's rule for its dynamic properties, when it has one. */
  dynamic?: ValueRule
  properties: ReadonlyMap<string, PropertyPlan>
  names: readonly string[]
  /** The `@odata.type` values that name this very type (`#` and bare). */
  odataNames: ReadonlySet<string>
}

/** A base type and its derived types, chosen by `@odata.type`. */
export interface FamilyPlan {
  graphName: string
  /** What an absent `@odata.type` means: the base type (abstract or not). */
  base: ObjectPlan
  /** The base first, as the model lists them. */
  variants: readonly ObjectPlan[]
  byOdataType: ReadonlyMap<string, ObjectPlan>
  /** The `@odata.type` values one may write, for messages (the non-abstract derived types). */
  choices: readonly string[]
}

export type TypePlan = { family: false; plan: ObjectPlan } | { family: true; plan: FamilyPlan }

const plans = new WeakMap<z.ZodType, TypePlan>()

/** The plan of a Graph type (plain or polymorphic), built from its zod model and registries once. */
export function planOf(type: z.ZodType): TypePlan {
  let plan = plans.get(type)
  if (!plan) {
    plan = buildPlan(type)
    plans.set(type, plan)
  }
  return plan
}

function buildPlan(type: z.ZodType): TypePlan {
  const variants = variantsOf(type)
  if (!variants) return { family: false, plan: objectPlan(type, false, false) }
  const byOdataType = new Map<string, ObjectPlan>()
  const plans = variants.map((v) => objectPlan(v.schema, v.abstract ?? false, v.odataType !== undefined))
  const base = plans.find((plan) => !plan.derived)
  for (const plan of plans) for (const name of plan.odataNames) byOdataType.set(name, plan)
  if (!base) throw new Error(`${typeRegistry.get(type)?.graphName ?? 'a family'} needs its base type`)
  const choices = variants.flatMap((v) => (v.odataType && !v.abstract ? [v.odataType] : []))
  return {
    family: true,
    plan: { graphName: base.graphName, base, variants: plans, byOdataType, choices },
  }
}

function objectPlan(schema: z.ZodType, abstract: boolean, derived: boolean): ObjectPlan {
  const meta = typeRegistry.get(schema)
  if (!meta) throw new Error('planOf() needs a registered Graph type')
  const properties = new Map(
    fieldsOf(schema).map(({ key, schema, meta }) => [key, property(key, schema, meta)]),
  )
  return {
    schema,
    graphName: meta.graphName,
    open: meta.open ?? false,
    abstract: abstract || (meta.abstract ?? false),
    derived,
    dynamic: dynamicRuleOf(schema),
    properties,
    names: [...properties.keys()],
    odataNames: new Set([`#${meta.graphName}`, meta.graphName]),
  }
}

function property(key: string, schema: z.ZodType, meta: FieldMeta): PropertyPlan {
  const collection = meta.widget === 'array' || meta.widget === 'enumArray'
  const valueSchema = collection ? elementOf(schema) : bare(schema)
  return {
    key,
    meta,
    collection,
    type: fieldTypeOf(schema),
    rule: ruleOf(valueSchema),
    itemType: collection ? meta.edmType.slice('Collection('.length, -1) : meta.edmType,
  }
}

function bare(schema: z.ZodType): z.ZodType {
  let inner = schema
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable) inner = inner.unwrap() as z.ZodType
  return inner
}

function elementOf(schema: z.ZodType): z.ZodType {
  const array = bare(schema)
  return array instanceof z.ZodArray ? bare(array.element as z.ZodType) : array
}
