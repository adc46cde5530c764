import { isJsonArray, isJsonObject, type JsonValue } from '#src/lib/json/json-value.ts'

/** Annotations Graph adds to what it returns and rejects in what it is sent (facts §4). */
export function isResponseAnnotation(key: string): boolean {
  return /@odata\.(context|nextLink|count|deltaLink)$/.test(key)
}

/**
 * The value without `@odata.context`, `…@odata.nextLink`, `…@odata.count` and `…@odata.deltaLink` at any
 * depth; every other key (`@odata.type` included), value, number text and order is kept exactly.
 */
export function stripResponseAnnotations(value: JsonValue): JsonValue {
  if (isJsonArray(value)) {
    const items = value.map(stripResponseAnnotations)
    return items.some((item, index) => item !== value[index]) ? items : value
  }
  if (!isJsonObject(value)) return value
  let changed = false
  const out = new Map<string, JsonValue>()
  for (const [key, item] of value) {
    if (isResponseAnnotation(key)) {
      changed = true
      continue
    }
    const next = stripResponseAnnotations(item)
    if (next !== item) changed = true
    out.set(key, next)
  }
  return changed ? out : value
}
