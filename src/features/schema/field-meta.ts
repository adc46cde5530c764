import { z } from 'zod'
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

export interface PrimitiveMeta {
  widget: Exclude<Widget, 'object' | 'array'>
  /** The .NET type the PowerShell model uses, as in the help (`Single`, `Int64`, `TimeSpan`, `DateTime`). */
  psType: string
  enumName?: EnumName
  members?: readonly string[]
}

export interface FieldMeta {
  /** The PowerShell name, as the help spells it (`AveragePacketLossRate`, `IPAddress`). */
  ps: string
  help: string
  widget: Widget
  psType: string
  nullable: boolean
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
}

export interface TypeVariant {
  /** The `@odata.type` that selects it; undefined for the base type. */
  odataType: string | undefined
  label: string
  schema: z.ZodType
}

export const primitiveRegistry = z.registry<PrimitiveMeta>()
export const fieldRegistry = z.registry<FieldMeta>()
export const typeRegistry = z.registry<TypeMeta>()
const declaredTypes: z.ZodType[] = []

export function registerType(schema: z.ZodType, meta: TypeMeta): void {
  typeRegistry.add(schema, meta)
  declaredTypes.push(schema)
}

/** Every Graph type declared so far, in declaration order. */
export function allTypes(): readonly z.ZodType[] {
  return declaredTypes
}

// Links between schemas live outside the registries: zod's registry typing recurses into schema-valued metadata.
const fieldTypes = new WeakMap<z.ZodType, z.ZodType>()
const typeVariants = new WeakMap<z.ZodType, readonly TypeVariant[]>()

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
