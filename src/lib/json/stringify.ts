import { isJsonObject, JsonNumber, type JsonValue } from './json-value.ts'

/**
 * Serialises the lossless tree. With an indent it matches `JSON.stringify(value, null, indent)` layout,
 * so a canonical document prints the same either way; numbers always print exactly as written.
 */
export function stringifyJson(value: JsonValue, indent = 0): string {
  const parts: string[] = []
  write(value, indent > 0 ? ' '.repeat(indent) : '', '', parts)
  return parts.join('')
}

function write(value: JsonValue, unit: string, current: string, out: string[]): void {
  if (value === null) out.push('null')
  else if (typeof value === 'string') out.push(JSON.stringify(value))
  else if (typeof value === 'boolean') out.push(value ? 'true' : 'false')
  else if (value instanceof JsonNumber) out.push(value.raw)
  else if (isJsonObject(value)) writeObject(value, unit, current, out)
  else writeArray(value, unit, current, out)
}

function writeObject(
  map: ReadonlyMap<string, JsonValue>,
  unit: string,
  current: string,
  out: string[],
): void {
  if (map.size === 0) {
    out.push('{}')
    return
  }
  const inner = current + unit
  const open = unit ? `{\n${inner}` : '{'
  const separator = unit ? `,\n${inner}` : ','
  const colon = unit ? ': ' : ':'
  let first = true
  for (const [key, item] of map) {
    out.push(first ? open : separator, JSON.stringify(key), colon)
    first = false
    write(item, unit, inner, out)
  }
  out.push(unit ? `\n${current}}` : '}')
}

function writeArray(items: readonly JsonValue[], unit: string, current: string, out: string[]): void {
  if (items.length === 0) {
    out.push('[]')
    return
  }
  const inner = current + unit
  items.forEach((item, index) => {
    out.push(index === 0 ? (unit ? `[\n${inner}` : '[') : unit ? `,\n${inner}` : ',')
    write(item, unit, inner, out)
  })
  out.push(unit ? `\n${current}]` : ']')
}
