import fc from 'fast-check'
import type { z } from 'zod'
import { JsonNumber, type JsonValue } from '#src/lib/json/json-value.ts'
import { dynamicRuleOf, fieldTypeOf, typeRegistry, variantsOf, type FieldMeta } from '../field-meta.ts'
import { session } from '../types/session.ts'
import { fieldsOf } from '../walk.ts'

/** Number text as people and Graph write it: plain, padded fractions, exponents. */
const numberText = (n: number) =>
  fc
    .constantFrom(String(n), n.toExponential(), Number.isInteger(n) ? `${n}.0` : `${n}0`)
    .filter((text) => JsonNumber.parse(text) !== undefined)

const single = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).chain(numberText)
const int32 = fc.integer().map(String)
const int64 = fc
  .oneof(
    fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
    fc.bigInt({ min: -(2n ** 53n), max: 2n ** 53n }),
  )
  .map(String)

const pad = (n: number, width = 2) => String(n).padStart(width, '0')
const dateTime = fc
  .record({
    y: fc.integer({ min: 1, max: 9999 }),
    mo: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
    h: fc.integer({ min: 0, max: 23 }),
    mi: fc.integer({ min: 0, max: 59 }),
    s: fc.integer({ min: 0, max: 59 }),
    fraction: fc.option(fc.stringMatching(/^[0-9]{1,12}$/), { nil: undefined }),
    zone: fc.constantFrom('Z', '+01:00', '-08:00', '+14:00', '-00:30'),
  })
  .map(
    (p) =>
      `${pad(p.y, 4)}-${pad(p.mo)}-${pad(p.d)}T${pad(p.h)}:${pad(p.mi)}:${pad(p.s)}${p.fraction ? `.${p.fraction}` : ''}${p.zone}`,
  )
const duration = fc.constantFrom(
  'PT0.016S',
  'PT1S',
  'P1DT2H',
  '-PT1S',
  'PT0S',
  'PT1M30.5S',
  'P3D',
  'PT12H',
  'PT0.0000001S',
)

/** Keys a type does not declare, including ones a plain object would reorder or treat specially. */
const unknownKey = fc.oneof(
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.constantFrom('0', '10', '2', '__proto__', 'constructor', 'x-custom', 'tenantId', '@odata.etag', ''),
)
/** Instance and property annotations: allowed on every type, open or closed. */
const annotationKey = fc
  .oneof(
    fc.constantFrom('@odata.etag', '@odata.context', 'averageJitter@x.note', '@contoso.lab', '@'),
    fc.tuple(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 })).map(([a, b]) => `${a}@${b}`),
  )
  .filter((key) => key !== '@odata.type')
const anyJson: fc.Arbitrary<JsonValue> = fc.letrec<{ value: JsonValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.string(),
    fc.oneof(single, int64).map((raw) => new JsonNumber(raw)),
    fc.array(tie('value'), { maxLength: 3 }),
    fc
      .uniqueArray(fc.tuple(unknownKey, tie('value')), { maxLength: 3, selector: ([key]) => key })
      .map((entries) => new Map(entries)),
  ),
})).value

function leaf(meta: FieldMeta): fc.Arbitrary<JsonValue> {
  switch (meta.widget) {
    case 'string':
      return fc.string({ maxLength: 20 })
    case 'dateTime':
      return dateTime
    case 'duration':
      return duration
    case 'single':
      return single.map((raw) => new JsonNumber(raw))
    case 'int32':
      return int32.map((raw) => new JsonNumber(raw))
    case 'int64':
      return int64.map((raw) => new JsonNumber(raw))
    case 'boolean':
      return fc.boolean()
    case 'enum':
      return fc.constantFrom(...(meta.members ?? ['']))
    case 'enumArray':
      return fc.array(fc.constantFrom(...(meta.members ?? [''])), { maxLength: 3 })
    default:
      throw new Error(`no leaf arbitrary for ${meta.widget}`)
  }
}

/** How deep objects go, and how many items a list holds at most. */
interface Size {
  depth: number
  maxItems: number
}

function isIdentity(fieldSchema: z.ZodType): boolean {
  const type = fieldTypeOf(fieldSchema)
  return (variantsOf(type ?? fieldSchema) ?? []).some((variant) => typeRegistry.get(variant.schema)?.open)
}

function objectOf(typeSchema: z.ZodType, size: Size): fc.Arbitrary<JsonValue> {
  const variants = variantsOf(typeSchema)
  if (variants) {
    // An abstract base (userAgent) is never what Graph accepts; a derived type always names itself.
    return fc.constantFrom(...variants.filter((variant) => !variant.abstract)).chain((variant) =>
      fc.tuple(objectOf(variant.schema, size), fc.boolean()).map(([value, bare]) => {
        if (!(value instanceof Map)) return value
        if (!variant.odataType) return value
        const name = bare ? variant.odataType.slice(1) : variant.odataType
        return new Map([['@odata.type', name], ...[...value].filter(([key]) => key !== '@odata.type')])
      }),
    )
  }
  const declared = fieldsOf(typeSchema).map((entry) =>
    fc.option(
      valueOf(entry.schema, entry.meta, size).map((value) => [entry.key, value] as const),
      {
        nil: undefined,
        // fast-check draws the nil value once in `freq` times: containers are mostly present, so runs reach
        // streams; identities (open, and many of them in a communicationsIdentitySet) half the time.
        freq:
          (entry.meta.widget === 'array' || entry.meta.widget === 'object') && !isIdentity(entry.schema)
            ? 6
            : 2,
      },
    ),
  )
  const meta = typeRegistry.get(typeSchema)
  // Open types take dynamic properties (feedbackTokenSet's are Booleans); closed ones only annotations.
  const dynamicValue = dynamicRuleOf(typeSchema) ? fc.oneof(fc.boolean(), fc.constant(null)) : anyJson
  const extra = meta?.open
    ? fc.oneof(fc.tuple(unknownKey, dynamicValue), fc.tuple(annotationKey, anyJson))
    : fc.tuple(annotationKey, anyJson)
  const extras = fc.uniqueArray(extra, { maxLength: 2, selector: ([key]) => key })
  // Where `@odata.type` is not a choice, naming the type itself is allowed too.
  const ownType =
    variantsOf(typeSchema) || !meta
      ? fc.constant(undefined)
      : fc.option(fc.constant(`#${meta.graphName}`), { freq: 8 })
  return fc
    .tuple(fc.tuple(...declared), extras, fc.boolean(), ownType)
    .map(([fields, extra, extrasFirst, named]) => {
      const present = fields.filter((f) => f !== undefined)
      const names = new Set(
        fieldsOf(typeSchema)
          .map((f) => f.key)
          .concat('@odata.type'),
      )
      const unknown = extra.filter(([key]) => !names.has(key))
      const typed: [string, JsonValue][] = named ? [['@odata.type', named]] : []
      return new Map([...typed, ...(extrasFirst ? [...unknown, ...present] : [...present, ...unknown])])
    })
}

function valueOf(schema: z.ZodType, meta: FieldMeta, size: Size): fc.Arbitrary<JsonValue> {
  const deeper = { ...size, depth: size.depth - 1 }
  const type = fieldTypeOf(schema)
  let value: fc.Arbitrary<JsonValue>
  if (meta.widget === 'object' && type) value = size.depth > 0 ? objectOf(type, deeper) : emptyOf(type)
  else if (meta.widget === 'array' && type) {
    value =
      size.depth > 0
        ? fc.array(itemOf(type, meta, deeper), { minLength: 1, maxLength: size.maxItems })
        : fc.constant([])
  } else value = leaf(meta)
  return meta.nullable
    ? fc.oneof({ weight: 6, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) })
    : value
}

function itemOf(type: z.ZodType, meta: FieldMeta, size: Size): fc.Arbitrary<JsonValue> {
  const item = objectOf(type, size)
  return meta.itemsNullable
    ? fc.oneof({ weight: 6, arbitrary: item }, { weight: 1, arbitrary: fc.constant(null) })
    : item
}

/** The smallest valid object of a type: `{}`, or the `@odata.type` alone where the base is abstract. */
function emptyOf(type: z.ZodType): fc.Arbitrary<JsonValue> {
  const derived = variantsOf(type)?.find((variant) => !variant.abstract)
  const abstract = variantsOf(type)?.some((variant) => variant.abstract)
  return fc.constant(
    abstract && derived?.odataType ? new Map([['@odata.type', derived.odataType]]) : new Map(),
  )
}

/**
 * Sessions Graph's beta metadata accepts: dynamic properties on open types, annotations anywhere, explicit
 * nulls where allowed, every non-abstract subtype, at random depths.
 */
export const arbitrarySession = (depth = 6, maxItems = 2) => objectOf(session, { depth, maxItems })
