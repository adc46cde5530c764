import { z } from 'zod'
import type { JsonValue } from '#src/lib/json/json-value.ts'
import type { EnumName } from './enums.ts'

/** How a leaf is edited; each primitive schema declares its own (see primitives.ts). */
export type Widget =
  | 'string'
  | 'dateTime'
  | 'duration'
  | 'single'
  | 'int32'
  | 'int64'
  | 'boolean'
  | 'enum'
  | 'enumArray'
  | 'object'
  | 'array'

/** Plausibility checks that produce warnings, never errors. */
export type Check = 'ratio' | 'percent' | 'port' | 'ip' | 'mac' | 'nonNegative'

/** What presenter mode masks. */
export type Sensitive = 'id' | 'upn' | 'ip' | 'mac' | 'name'

/** A JSON Schema (draft 2020-12) fragment. */
export type JsonSchema = Record<string, unknown>

/** What a value must be: judged straight from the lossless tree, and the same rule as JSON Schema. */
export interface ValueRule {
  /** Why Graph would refuse this (non-null) value; undefined when it reads it. */
  problem: (value: JsonValue) => string | undefined
  jsonSchema: JsonSchema
}

export interface PrimitiveMeta {
  widget: Exclude<Widget, 'object' | 'array'>
  /** The .NET type the PowerShell model uses, as in the help (`Single`, `Int64`, `TimeSpan`, `DateTime`). */
  psType: string
  /** The type's name in Graph's metadata (`Edm.Duration`, `microsoft.graph.callRecords.wifiBand`). */
  edmType: string
  enumName?: EnumName
  members?: readonly string[]
}

export interface FieldMeta {
  /** The PowerShell name, as the help spells it (`AveragePacketLossRate`, `IPAddress`). */
  ps: string
  help: string
  widget: Widget
  psType: string
  /** The property's type in Graph's metadata (`Edm.String`, `Collection(microsoft.graph.callRecords.media)`). */
  edmType: string
  /** May the property be `null`? Never for a collection (OData has no null collections). */
  nullable: boolean
  /** For a collection: may its items be `null`? */
  itemsNullable: boolean
  /** Documented read-only (`id`, `segments`): Graph assigns it, but a test record may still carry it. */
  readOnly?: boolean
  /** False for subtype properties that the help does not list: they travel as "(Any)" keys. */
  inHelp: boolean
  unit?: string
  check?: Check
  sensitive?: Sensitive
  enumName?: EnumName
  members?: readonly string[]
}

export interface TypeMeta {
  /** `microsoft.graph.callRecords.mediaStream` */
  graphName: string
  /** `IMicrosoftGraphCallRecordsMediaStream`, the PowerShell model interface. */
  psInterface: string
  /** `OpenType="true"` in the metadata: undeclared keys are dynamic properties, not mistakes. */
  open?: boolean
  /** `Abstract="true"`: only its derived types can be sent. */
  abstract?: boolean
}

export interface TypeVariant {
  /** The `@odata.type` that selects it; undefined for the base type. */
  odataType: string | undefined
  label: string
  schema: z.ZodType
  /** `Abstract="true"`: readable when loaded, never offered, and an error (Graph cannot create one). */
  abstract?: boolean
}

export const primitiveRegistry = z.registry<PrimitiveMeta>()
export const fieldRegistry = z.registry<FieldMeta>()
export const typeRegistry = z.registry<TypeMeta>()

export function registerType(schema: z.ZodType, meta: TypeMeta): void {
  typeRegistry.add(schema, meta)
}

// Links between schemas live outside the registries: zod's registry typing recurses into schema-valued metadata.
const fieldTypes = new WeakMap<z.ZodType, z.ZodType>()
const typeVariants = new WeakMap<z.ZodType, readonly TypeVariant[]>()
const valueRules = new WeakMap<z.ZodType, ValueRule>()
const dynamicRules = new WeakMap<z.ZodType, ValueRule>()

/** The rule of a primitive (functions stay out of the registries too: their typing recurses into JsonValue). */
export function linkRule(primitiveSchema: z.ZodType, rule: ValueRule): void {
  valueRules.set(primitiveSchema, rule)
}

export function ruleOf(primitiveSchema: z.ZodType): ValueRule | undefined {
  return valueRules.get(primitiveSchema)
}

/** What an open type's dynamic properties must hold, where the app is stricter than the metadata. */
export function linkDynamicRule(typeSchema: z.ZodType, rule: ValueRule): void {
  dynamicRules.set(typeSchema, rule)
}

export function dynamicRuleOf(typeSchema: z.ZodType): ValueRule | undefined {
  return dynamicRules.get(typeSchema)
}

/** Records which Graph type an object field holds, or the item type of an array field. */
export function linkFieldType(fieldSchema: z.ZodType, typeSchema: z.ZodType): void {
  fieldTypes.set(fieldSchema, typeSchema)
}

export function fieldTypeOf(fieldSchema: z.ZodType): z.ZodType | undefined {
  return fieldTypes.get(fieldSchema)
}

export function linkVariants(typeSchema: z.ZodType, variants: readonly TypeVariant[]): void {
  typeVariants.set(typeSchema, variants)
}

/** The subtypes of a polymorphic Graph type, the base first; undefined for a plain type. */
export function variantsOf(typeSchema: z.ZodType): readonly TypeVariant[] | undefined {
  return typeVariants.get(typeSchema)
}
