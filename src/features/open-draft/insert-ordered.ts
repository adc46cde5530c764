import type { JsonObject, JsonValue } from '#src/lib/json/json-value.ts'

/**
 * A copy of `object` with a new `key` placed before the first existing key that the type declares after it.
 * Keys the type does not declare keep their positions.
 */
export function insertOrdered(
  object: JsonObject,
  key: string,
  value: JsonValue,
  declaredOrder: readonly string[],
): JsonObject {
  const rank = declaredOrder.indexOf(key)
  if (rank === -1) return new Map([...object, [key, value]])
  const entries = [...object]
  const before = entries.findIndex(([existing]) => declaredOrder.indexOf(existing) > rank)
  if (before === -1) entries.push([key, value])
  else entries.splice(before, 0, [key, value])
  return new Map(entries)
}
