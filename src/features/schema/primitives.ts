import { z } from 'zod'
import { JsonNumber, type JsonValue } from '#src/lib/json/json-value.ts'
import { DATE_TIME_SCHEMA_PATTERN, dateTimeProblem } from './date-time.ts'
import { DURATION_PATTERN, durationProblem } from './duration.ts'
import { DOCUMENTED_NOT_DECLARED, enums, enumTypeName, type EnumName } from './enums.ts'
import { linkRule, primitiveRegistry, type PrimitiveMeta, type ValueRule } from './field-meta.ts'

/**
 * Each primitive is a zod schema (its TypeScript type, and the key its metadata is registered under) plus its
 * rule: `problem`, which judges a value of the lossless tree as Graph would, and the same rule as JSON Schema.
 */
function primitive<T extends z.ZodType>(schema: T, meta: PrimitiveMeta & ValueRule): T {
  const { problem, jsonSchema, ...rest } = meta
  primitiveRegistry.add(schema, rest)
  linkRule(schema, { problem, jsonSchema })
  return schema
}

const FLOAT_MAX = 3.4028234663852886e38
const INT32_MIN = -2147483648
const INT32_MAX = 2147483647
const INT64_MIN = -(2n ** 63n)
const INT64_MAX = 2n ** 63n - 1n

const numberOf = (value: JsonValue) => (value instanceof JsonNumber ? value.toNumber() : undefined)

export const graphString = primitive(z.string(), {
  widget: 'string',
  psType: 'String',
  edmType: 'Edm.String',
  problem: (value) => (typeof value === 'string' ? undefined : 'Expected text (a JSON string)'),
  jsonSchema: { type: 'string' },
})

export const dateTimeOffset = primitive(z.string(), {
  widget: 'dateTime',
  psType: 'DateTime',
  edmType: 'Edm.DateTimeOffset',
  problem: (value) =>
    typeof value === 'string'
      ? dateTimeProblem(value)
      : 'Expected a date-time string such as 2020-02-25T18:52:21Z',
  jsonSchema: { type: 'string', format: 'date-time', pattern: DATE_TIME_SCHEMA_PATTERN },
})

export const duration = primitive(z.string(), {
  widget: 'duration',
  psType: 'TimeSpan',
  edmType: 'Edm.Duration',
  problem: (value) =>
    typeof value === 'string' ? durationProblem(value) : 'Expected a duration string such as PT0.016S',
  // No `format: duration`: that is RFC 3339's, which has no fractions and no sign (PT0.016S, -PT1S).
  jsonSchema: { type: 'string', pattern: DURATION_PATTERN.source },
})

export const single = primitive(z.number(), {
  widget: 'single',
  psType: 'Single',
  edmType: 'Edm.Single',
  problem: (value) => {
    const n = numberOf(value)
    if (n === undefined) return 'Expected a number'
    if (!Number.isFinite(n)) return 'Too large for a number'
    if (n > FLOAT_MAX) return 'Above the largest Single (3.4e38)'
    if (n < -FLOAT_MAX) return 'Below the smallest Single (−3.4e38)'
    return undefined
  },
  jsonSchema: { type: 'number', format: 'float', minimum: -FLOAT_MAX, maximum: FLOAT_MAX },
})

export const int32 = primitive(z.number(), {
  widget: 'int32',
  psType: 'Int32',
  edmType: 'Edm.Int32',
  problem: (value) => {
    const n = numberOf(value)
    if (n === undefined) return 'Expected a whole number'
    if (!Number.isInteger(n)) return 'Expected a whole number (Int32)'
    if (n > INT32_MAX) return 'Above the Int32 maximum, 2,147,483,647'
    if (n < INT32_MIN) return 'Below the Int32 minimum, −2,147,483,648'
    return undefined
  },
  jsonSchema: { type: 'integer', format: 'int32', minimum: INT32_MIN, maximum: INT32_MAX },
})

/** JSON number, never a string (OAS int64). An integer literal is judged by its text, so 2^53 and beyond stay exact. */
export const int64 = primitive(z.union([z.number(), z.bigint()]), {
  widget: 'int64',
  psType: 'Int64',
  edmType: 'Edm.Int64',
  problem: (value) => {
    if (!(value instanceof JsonNumber)) return 'Expected a whole number (Int64)'
    if (value.isIntegerLiteral()) {
      const n = BigInt(value.raw)
      if (n > INT64_MAX) return 'Above the Int64 maximum, 9,223,372,036,854,775,807'
      if (n < INT64_MIN) return 'Below the Int64 minimum, −9,223,372,036,854,775,808'
      return undefined
    }
    const n = value.toNumber()
    if (!Number.isInteger(n)) return 'Expected a whole number (Int64)'
    if (!Number.isSafeInteger(n))
      return 'Write Int64 values as plain integers (no exponent) so they stay exact'
    return undefined
  },
  // The bounds as the nearest doubles: JSON Schema validators compare parsed numbers, not the text.
  jsonSchema: {
    type: 'integer',
    format: 'int64',
    minimum: Number(INT64_MIN),
    maximum: Number(INT64_MAX),
  },
})

export const graphBoolean = primitive(z.boolean(), {
  widget: 'boolean',
  psType: 'Boolean',
  edmType: 'Edm.Boolean',
  problem: (value) => (typeof value === 'boolean' ? undefined : 'Expected true or false'),
  jsonSchema: { type: 'boolean' },
})

const enumSchemas = new Map<EnumName, z.ZodType>()

/** Enums travel as their member name; Graph matches them exactly, so case matters. */
export function graphEnum(name: EnumName): z.ZodType {
  const existing = enumSchemas.get(name)
  if (existing) return existing
  const members: readonly string[] = enums[name]
  const exact = new Set(members)
  const byLowerCase = new Map(members.map((member) => [member.toLowerCase(), member]))
  const documented = new Set(DOCUMENTED_NOT_DECLARED[name])
  const oneOf = `one of ${members.join(', ')}`
  const schema = primitive(z.enum(enums[name]), {
    widget: 'enum',
    psType: 'String',
    edmType: enumTypeName(name),
    enumName: name,
    members,
    problem: (value) => {
      if (typeof value === 'string' && exact.has(value)) return undefined
      const near = typeof value === 'string' ? byLowerCase.get(value.toLowerCase()) : undefined
      if (near) return `Graph matches enum members exactly: did you mean '${near}'?`
      if (typeof value === 'string' && documented.has(value)) {
        return `'${value}' is in the help, but Graph's metadata has no such ${name} member; ${oneOf}`
      }
      return `Not a ${name} member; ${oneOf}`
    },
    jsonSchema: { type: 'string', enum: members },
  })
  enumSchemas.set(name, schema)
  return schema
}
