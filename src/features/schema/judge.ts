import type { z } from 'zod'
import { isJsonArray, isJsonObject, type JsonPath, type JsonValue } from '#src/lib/json/json-value.ts'
import { planOf, type ObjectPlan, type PropertyPlan } from './plan.ts'
import { closestName } from './suggest.ts'

/**
 * What went wrong, by kind: `unknownProperty` is the one the "Allow properties this app doesn't know"
 * setting turns into a warning; the others are always errors.
 */
export type Rule = 'unknownProperty' | 'null' | 'abstract' | 'odataType' | 'value'

/** The app's message, and Graph's own wording where the app knows it (the sandbox answers with that). */
export interface Described {
  message: string
  graph?: string
}

/** Where a finding is: a chain of keys built only as deep as the walk goes, turned into a path only when reported. */
export interface At {
  readonly up: At | undefined
  readonly key: string | number
}

/** Receives each finding; `describe` builds the message, so a caller that only counts never pays for it. */
export type Report = (at: At | undefined, rule: Rule, describe: () => Described) => void

export function pathOf(at: At | undefined): JsonPath {
  const path: (string | number)[] = []
  for (let node = at; node; node = node.up) path.push(node.key)
  return path.reverse()
}

const child = (up: At | undefined, key: string | number): At => ({ up, key })
const shortName = (graphName: string) => graphName.slice(graphName.lastIndexOf('.') + 1)

/**
 * Judges `value` as a `type` the way Graph's OData reader would, in document order. It recurses no deeper than
 * the model (values under undeclared keys are never entered) and leaves messages to the caller's `describe`
 * calls, so a 4 MB tree of any shape is walked in bounded stack, and counted without building every message.
 */
export function judgeObject(type: z.ZodType, value: JsonValue, at: At | undefined, report: Report): void {
  const typePlan = planOf(type)
  if (!isJsonObject(value)) {
    report(at, 'value', () => ({ message: `Expected an object (${shortName(typePlan.plan.graphName)})` }))
    return
  }
  const odataType = value.get('@odata.type')
  let plan: ObjectPlan
  if (typePlan.family) {
    const family = typePlan.plan
    const named = typeof odataType === 'string' ? family.byOdataType.get(odataType) : undefined
    if (odataType !== undefined && !named) {
      // Whose properties the rest are is unknown, so nothing else in this object is judged.
      report(child(at, '@odata.type'), 'odataType', () => ({
        message: `Unknown @odata.type for ${shortName(family.graphName)}; use ${listed(family.choices)}`,
      }))
      return
    }
    plan = named ?? family.base
    if (plan.abstract) {
      report(child(at, '@odata.type'), 'abstract', () => {
        const graph = `An instance of the abstract resource type '${plan.graphName}' was found. Abstract resource types cannot be instantiated.`
        return { graph, message: `${graph} Set @odata.type to ${listed(family.choices)}.` }
      })
    }
  } else {
    plan = typePlan.plan
    if (odataType !== undefined && !(typeof odataType === 'string' && plan.odataNames.has(odataType))) {
      report(child(at, '@odata.type'), 'odataType', () => ({
        message: `@odata.type here must be #${plan.graphName} (or be left out)`,
      }))
    }
  }
  for (const [key, item] of value) {
    if (key === '@odata.type') continue
    const property = plan.properties.get(key)
    if (property) judgeProperty(property, item, at, report)
    // A key with `@` is an instance or property annotation (`@odata.etag`, `averageJitter@custom.note`).
    else if (key.includes('@')) continue
    else if (plan.open) {
      const problem = plan.dynamic?.problem(item)
      if (problem) report(child(at, key), 'value', () => ({ message: problem }))
    } else report(child(at, key), 'unknownProperty', () => unknownProperty(key, plan))
  }
}

function judgeProperty(property: PropertyPlan, value: JsonValue, at: At | undefined, report: Report): void {
  const here = child(at, property.key)
  if (value === null) {
    if (!property.meta.nullable) report(here, 'null', () => nullProperty(property))
    return
  }
  if (!property.collection) {
    judgeValue(property, value, here, report)
    return
  }
  if (!isJsonArray(value)) {
    report(here, 'value', () => ({
      message: `Expected a list (a JSON array) of ${shortName(property.itemType)}`,
    }))
    return
  }
  for (let index = 0; index < value.length; index++) {
    judgeItemOf(property, value[index] ?? null, child(here, index), report)
  }
}

/** One item of a collection, as the walk judges it in place: a segment of a session, on its own. */
export function judgeItem(
  owner: z.ZodType,
  key: string,
  item: JsonValue,
  at: At | undefined,
  report: Report,
): void {
  const plan = planOf(owner)
  const property = plan.family ? undefined : plan.plan.properties.get(key)
  if (!property?.collection) throw new Error(`${key} is not a collection of ${plan.plan.graphName}`)
  judgeItemOf(property, item, at, report)
}

function judgeItemOf(property: PropertyPlan, item: JsonValue, at: At | undefined, report: Report): void {
  if (item !== null) judgeValue(property, item, at, report)
  else if (!property.meta.itemsNullable) {
    report(at, 'null', () => {
      const type = `'${property.itemType}[Nullable=False]'`
      const graph = `A null value was found with the expected type ${type}. The expected type ${type} does not allow null values.`
      return { graph, message: graph }
    })
  }
}

function judgeValue(property: PropertyPlan, value: JsonValue, at: At | undefined, report: Report): void {
  if (property.type) {
    judgeObject(property.type, value, at, report)
    return
  }
  const problem = property.rule?.problem(value)
  if (problem) report(at, 'value', () => ({ message: problem }))
}

function nullProperty(property: PropertyPlan): Described {
  const { key, meta } = property
  // A collection is never null; what Graph says depends on whether its items may be.
  const graph =
    property.collection && meta.itemsNullable
      ? `A null value was found for the property named '${key}', which has the expected type '${meta.edmType}[Nullable=True]'. The expected type '${meta.edmType}[Nullable=True]' cannot be null but it can have null values.`
      : `A null value was found for the property named '${key}', which has the expected type '${meta.edmType}[Nullable=False]'. The expected type '${meta.edmType}[Nullable=False]' does not allow null values.`
  return { graph, message: graph }
}

function unknownProperty(key: string, plan: ObjectPlan): Described {
  const graph = `The property '${key}' does not exist on type '${plan.graphName}'. Make sure to only use property names that are defined by the type or mark the type as open type.`
  const near = closestName(key, plan.names)
  return { graph, message: near ? `${graph} Did you mean '${near}'?` : graph }
}

function listed(names: readonly string[]): string {
  return names.length <= 2 ? names.join(' or ') : `${names.slice(0, -1).join(', ')} or ${names.at(-1) ?? ''}`
}
