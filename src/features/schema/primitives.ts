import { z } from 'zod'
import { dateTimeProblem } from './date-time.ts'
import { durationProblem } from './duration.ts'
import { enums, type EnumName } from './enums.ts'
import { primitiveRegistry, type PrimitiveMeta } from './field-meta.ts'

function primitive<T extends z.ZodType>(schema: T, meta: PrimitiveMeta): T {
  primitiveRegistry.add(schema, meta)
  return schema
}

const FLOAT_MAX = 3.4028234663852886e38
const INT64_MIN = -(2n ** 63n)
const INT64_MAX = 2n ** 63n - 1n

export const graphString = primitive(z.string({ error: 'Expected text (a JSON string)' }), {
  widget: 'string',
  psType: 'String',
})

export const dateTimeOffset = primitive(
  z
    .string({
      error: (issue) =>
        issue.input === null
          ? 'Cannot be null: Graph declares this date-time non-nullable'
          : 'Expected a date-time string such as 2020-02-25T18:52:21Z',
    })
    .check((ctx) => {
      const problem = dateTimeProblem(ctx.value)
      if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value })
    }),
  { widget: 'dateTime', psType: 'DateTime' },
)

export const duration = primitive(
  z.string({ error: 'Expected a duration string such as PT0.016S' }).check((ctx) => {
    const problem = durationProblem(ctx.value)
    if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value })
  }),
  { widget: 'duration', psType: 'TimeSpan' },
)

export const single = primitive(
  z
    .number({
      error: (issue) =>
        issue.input === Infinity || issue.input === -Infinity
          ? 'Too large for a number'
          : 'Expected a number',
    })
    .min(-FLOAT_MAX, { error: 'Below the smallest Single (−3.4e38)' })
    .max(FLOAT_MAX, { error: 'Above the largest Single (3.4e38)' }),
  { widget: 'single', psType: 'Single' },
)

export const int32 = primitive(
  z
    .number({ error: 'Expected a whole number' })
    .int({ error: 'Expected a whole number (Int32)' })
    .min(-2147483648, { error: 'Below the Int32 minimum, −2,147,483,648' })
    .max(2147483647, { error: 'Above the Int32 maximum, 2,147,483,647' }),
  { widget: 'int32', psType: 'Int32' },
)

/** JSON number, never a string (OAS int64). Beyond ±(2^53−1) the value arrives as a bigint, exact. */
export const int64 = primitive(
  z
    .custom<number | bigint>((value) => typeof value === 'number' || typeof value === 'bigint', {
      error: 'Expected a whole number (Int64)',
    })
    .check((ctx) => {
      const value = ctx.value
      let message: string | undefined
      if (typeof value === 'number' && !Number.isInteger(value)) message = 'Expected a whole number (Int64)'
      else if (typeof value === 'number' && !Number.isSafeInteger(value)) {
        message = 'Write Int64 values as plain integers (no exponent) so they stay exact'
      } else if (typeof value === 'bigint' && value < INT64_MIN)
        message = 'Below the Int64 minimum, −9,223,372,036,854,775,808'
      else if (typeof value === 'bigint' && value > INT64_MAX)
        message = 'Above the Int64 maximum, 9,223,372,036,854,775,807'
      if (message) ctx.issues.push({ code: 'custom', message, input: value })
    }),
  { widget: 'int64', psType: 'Int64' },
)

export const graphBoolean = primitive(z.boolean({ error: 'Expected true or false' }), {
  widget: 'boolean',
  psType: 'Boolean',
})

const enumSchemas = new Map<EnumName, z.ZodType>()

/** Enums travel as their member name; Graph matches them exactly, so case matters. */
export function graphEnum(name: EnumName): z.ZodType {
  const existing = enumSchemas.get(name)
  if (existing) return existing
  const members = enums[name]
  const schema = primitive(
    z.enum(members, {
      error: (issue) => {
        const input = typeof issue.input === 'string' ? issue.input : undefined
        const near = input && members.find((m) => m.toLowerCase() === input.toLowerCase())
        if (near) return `Graph matches enum members exactly: did you mean '${near}'?`
        return `Not a ${name} member; one of ${members.join(', ')}`
      },
    }),
    { widget: 'enum', psType: 'String', enumName: name, members },
  )
  enumSchemas.set(name, schema)
  return schema
}
