import type { z } from 'zod'
import type { JsonSchema } from './field-meta.ts'
import { planOf, type ObjectPlan, type PropertyPlan } from './plan.ts'
import { session } from './types/session.ts'

const ANNOTATION = { '@': {} }

/**
 * The request body of the cmdlet as JSON Schema draft 2020-12, built from the same plans the validator walks,
 * so that the two agree: closed types closed (keys with `@`, annotations, allowed), open types open, derived
 * types as alternatives chosen by `@odata.type`, primitives by type, range and pattern.
 */
export function sessionJsonSchema(): Record<string, unknown> {
  const defs: Record<string, JsonSchema> = {}
  const ref = (type: z.ZodType): JsonSchema => {
    const typePlan = planOf(type)
    const name = typePlan.plan.graphName
    if (!(name in defs)) {
      defs[name] = {}
      defs[name] = typePlan.family
        ? {
            title: name,
            oneOf: typePlan.plan.variants
              .filter((variant) => !variant.abstract)
              .map((variant) => {
                const id = variant.derived ? variant.graphName : `${variant.graphName}.base`
                defs[id] = objectSchema(variant, ref)
                return { $ref: `#/$defs/${id}` }
              }),
          }
        : objectSchema(typePlan.plan, ref)
    }
    return { $ref: `#/$defs/${name}` }
  }
  const root = planOf(session)
  if (root.family) throw new Error('The session is not polymorphic')
  const body = objectSchema(root.plan, ref)
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://session-composer.local/schemas/callRecords.session.json',
    ...body,
    $defs: Object.fromEntries(Object.entries(defs).sort(([a], [b]) => a.localeCompare(b))),
  }
}

function objectSchema(plan: ObjectPlan, ref: (type: z.ZodType) => JsonSchema): JsonSchema {
  const odataType = { type: 'string', enum: [...plan.odataNames] }
  return {
    type: 'object',
    title: plan.graphName,
    properties: {
      '@odata.type': odataType,
      ...Object.fromEntries(
        [...plan.properties].map(([key, property]) => [key, propertySchema(property, ref)]),
      ),
    },
    ...(plan.derived ? { required: ['@odata.type'] } : {}),
    patternProperties: ANNOTATION,
    additionalProperties: plan.open ? (plan.dynamic?.jsonSchema ?? {}) : false,
  }
}

function propertySchema(property: PropertyPlan, ref: (type: z.ZodType) => JsonSchema): JsonSchema {
  const { meta } = property
  const item = property.type ? ref(property.type) : itemSchema(property)
  const value = property.collection
    ? { type: 'array', items: meta.itemsNullable ? orNull(item) : item }
    : item
  return {
    description: meta.help,
    'x-powershell-name': meta.ps,
    ...(meta.unit ? { 'x-unit': meta.unit } : {}),
    ...(meta.readOnly ? { 'x-graph-read-only': true } : {}),
    ...(meta.nullable ? orNull(value) : value),
  }
}

function itemSchema(property: PropertyPlan): JsonSchema {
  if (!property.rule) throw new Error(`${property.key} has neither a Graph type nor a rule`)
  return property.rule.jsonSchema
}

const orNull = (schema: JsonSchema): JsonSchema => ({ anyOf: [schema, { type: 'null' }] })

/** The extension keywords `npm run schema` adds, for validators that want to be told (Ajv's strict mode). */
export const SCHEMA_EXTENSIONS = ['x-powershell-name', 'x-unit', 'x-graph-read-only'] as const
