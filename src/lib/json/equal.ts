import { isJsonArray, isJsonObject, JsonNumber, type JsonValue } from './json-value.ts'

/** Deep equality of lossless trees: key order and number text both count. */
export function jsonEqual(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  if (a === b) return true
  if (a instanceof JsonNumber || b instanceof JsonNumber) {
    return a instanceof JsonNumber && b instanceof JsonNumber && a.raw === b.raw
  }
  if (isJsonObject(a) && isJsonObject(b)) {
    if (a.size !== b.size) return false
    const right = [...b]
    let index = 0
    for (const [key, value] of a) {
      const entry = right[index++]
      if (entry?.[0] !== key || !jsonEqual(value, entry[1])) return false
    }
    return true
  }
  if (isJsonArray(a) && isJsonArray(b)) {
    return a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]))
  }
  return false
}
