import fc from 'fast-check'
import type { z } from 'zod'
import { JsonNumber, type JsonValue } from '#src/lib/json/json-value.ts'
import { fieldTypeOf, variantsOf, type FieldMeta } from '../field-meta.ts'
import { feedbackTokenSet } from '../types/feedback.ts'
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

/** Keys Graph does not declare, including ones a plain object would reorder or treat specially. */
const unknownKey = fc.oneof(
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.constantFrom('0', '10', '2', '__proto__', 'constructor', 'x-custom', 'tenantId', '@odata.etag', ''),
)
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

function objectOf(typeSchema: z.ZodType, depth: number): fc.Arbitrary<JsonValue> {
  const variants = variantsOf(typeSchema)
  if (variants) {
    return fc
      .constantFrom(...variants)
      .chain((variant) =>
        objectOf(variant.schema, depth).map((value) =>
          variant.odataType && value instanceof Map
            ? new Map([['@odata.type', variant.odataType], ...value])
            : value,
        ),
      )
  }
  const declared = fieldsOf(typeSchema).map((entry) =>
    fc.option(
      valueOf(entry.schema, entry.meta, depth).map((value) => [entry.key, value] as const),
      {
        nil: undefined,
        // fast-check draws the nil value once in `freq` times: containers are mostly present, so runs reach streams.
        freq: entry.meta.widget === 'array' || entry.meta.widget === 'object' ? 6 : 2,
      },
    ),
  )
  // feedbackTokenSet is the one type whose extra keys must hold Booleans.
  const extraValue = typeSchema === feedbackTokenSet ? fc.oneof(fc.boolean(), fc.constant(null)) : anyJson
  const extras = fc.uniqueArray(fc.tuple(unknownKey, extraValue), { maxLength: 2, selector: ([key]) => key })
  return fc.tuple(fc.tuple(...declared), extras, fc.boolean()).map(([fields, extra, extrasFirst]) => {
    const present = fields.filter((f) => f !== undefined)
    const names = new Set(
      fieldsOf(typeSchema)
        .map((f) => f.key)
        .concat('@odata.type'),
    )
    const unknown = extra.filter(([key]) => !names.has(key))
    return new Map(extrasFirst ? [...unknown, ...present] : [...present, ...unknown])
  })
}

function valueOf(schema: z.ZodType, meta: FieldMeta, depth: number): fc.Arbitrary<JsonValue> {
  const type = fieldTypeOf(schema)
  let value: fc.Arbitrary<JsonValue>
  if (meta.widget === 'object' && type) value = depth > 0 ? objectOf(type, depth - 1) : fc.constant(new Map())
  else if (meta.widget === 'array' && type) {
    value = depth > 0 ? fc.array(objectOf(type, depth - 1), { minLength: 1, maxLength: 2 }) : fc.constant([])
  } else value = leaf(meta)
  return meta.nullable
    ? fc.oneof({ weight: 6, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) })
    : value
}

/** Sessions Graph's schema accepts, with unknown keys and explicit nulls at random depths. */
export const arbitrarySession = (depth = 6) => objectOf(session, depth)
