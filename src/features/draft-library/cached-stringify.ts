import { isJsonObject, JsonNumber, type JsonValue } from '#src/lib/json/json-value.ts'

/**
 * `stringifyJson(value)` (compact) that remembers the text of every object and array it wrote. Trees share
 * unchanged parts, so after one keystroke only the path from the edited field to the root is written again:
 * autosaving a 4 MB body costs microseconds, not a frame.
 */
export function createCachedStringify(): (value: JsonValue) => string {
  const cache = new WeakMap<object, string>()
  const write = (value: JsonValue): string => {
    if (value === null) return 'null'
    if (typeof value === 'string') return JSON.stringify(value)
    if (typeof value === 'boolean') return value ? 'true' : 'false'
    if (value instanceof JsonNumber) return value.raw
    const cached = cache.get(value)
    if (cached !== undefined) return cached
    let text: string
    if (isJsonObject(value)) {
      text = '{'
      let first = true
      for (const [key, item] of value) {
        text += `${first ? '' : ','}${JSON.stringify(key)}:${write(item)}`
        first = false
      }
      text += '}'
    } else {
      // Concatenation, not join: V8 keeps the pieces as a rope instead of copying megabytes per save.
      text = '['
      value.forEach((item, index) => {
        text += `${index === 0 ? '' : ','}${write(item)}`
      })
      text += ']'
    }
    cache.set(value, text)
    return text
  }
  return write
}
