import { JsonNumber, type JsonValue } from '#src/lib/json/json-value.ts'

/** What the builders write: plain literals, where `undefined` means "leave the key out". */
export type Literal = string | number | boolean | null | undefined | readonly Literal[] | LiteralObject
export interface LiteralObject {
  readonly [key: string]: Literal
}

/**
 * The lossless tree of what the builders wrote. Like `fromPlain`, but it walks only what the builders make and allocates no
 * intermediate arrays: `fromPlain` took a quarter of the time of a 40 × 3 × 8 session.
 */
export function jsonTree(literal: Literal): JsonValue {
  if (typeof literal === 'number') return JsonNumber.from(literal)
  if (literal === undefined) throw new TypeError('undefined has no JSON form')
  if (literal === null || typeof literal !== 'object') return literal
  if (isLiteralArray(literal)) return literal.map(jsonTree)
  const map = new Map<string, JsonValue>()
  for (const key in literal) {
    const value = literal[key]
    if (value !== undefined) map.set(key, jsonTree(value))
  }
  return map
}

function isLiteralArray(literal: readonly Literal[] | LiteralObject): literal is readonly Literal[] {
  return Array.isArray(literal)
}
