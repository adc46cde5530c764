import { isJsonArray, isJsonObject, JsonNumber, type JsonValue } from './json-value.ts'

/** A value zod can validate: objects become plain objects, numbers become numbers, and integers beyond
 * ±(2^53−1) become bigints so that nothing is rounded on the way to validation. */
export type Plain = null | boolean | string | number | bigint | Plain[] | { [key: string]: Plain }

export function toPlain(value: JsonValue): Plain {
  if (value instanceof JsonNumber) {
    return value.isExactInJs() ? value.toNumber() : BigInt(value.raw)
  }
  if (isJsonObject(value)) {
    return Object.fromEntries(Array.from(value, ([key, item]) => [key, toPlain(item)]))
  }
  if (isJsonArray(value)) return value.map(toPlain)
  return value
}

/** Builds the lossless tree from ordinary JavaScript data (templates written in code, generators, tests). */
export function fromPlain(value: unknown): JsonValue {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value
  if (typeof value === 'number') return JsonNumber.from(value)
  if (typeof value === 'bigint') return new JsonNumber(value.toString())
  if (value instanceof JsonNumber) return value
  if (Array.isArray(value)) return value.map(fromPlain)
  if (value instanceof Map)
    return new Map(Array.from(value, ([k, v]: [string, unknown]) => [k, fromPlain(v)]))
  if (typeof value === 'object') {
    return new Map(
      Object.entries(value as Record<string, unknown>)
        .filter(([, item]) => item !== undefined)
        .map(([key, item]) => [key, fromPlain(item)]),
    )
  }
  throw new TypeError(`Cannot represent ${typeof value} in JSON`)
}
