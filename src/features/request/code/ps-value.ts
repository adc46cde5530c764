import {
  isJsonArray,
  isJsonObject,
  JsonNumber,
  type JsonObject,
  type JsonValue,
} from '#src/lib/json/json-value.ts'
import { psFoldCase, psKey, psString } from './ps-quote.ts'

export const PS_INDENT = '    '
const INLINE_WIDTH = 72

/**
 * A JSON value as a PowerShell expression: objects as hashtables keyed by the JSON names, arrays as `@( )`,
 * numbers verbatim. Continuation lines carry `indent`; the first line does not.
 */
export function psValue(value: JsonValue, indent = ''): string {
  if (value === null) return '$null'
  if (typeof value === 'boolean') return value ? '$true' : '$false'
  if (typeof value === 'string') return psString(value)
  if (value instanceof JsonNumber) return value.raw
  if (isJsonObject(value)) return psHashtable(value, indent)
  return psArray(value, indent)
}

function psHashtable(map: JsonObject, indent: string): string {
  if (map.size === 0) return '@{}'
  const inner = indent + PS_INDENT
  const seen = new Map<string, string>()
  const lines = ['@{']
  for (const [key, item] of map) {
    const folded = psFoldCase(key)
    const earlier = seen.get(folded)
    if (earlier === undefined) seen.set(folded, key)
    else {
      lines.push(
        `${inner}# Warning: ${psString(earlier)} and ${psString(key)} differ only in case; a PowerShell hashtable cannot hold both (its keys are case-insensitive).`,
      )
    }
    lines.push(`${inner}${psKey(key)} = ${psValue(item, inner)}`)
  }
  lines.push(`${indent}}`)
  return lines.join('\n')
}

function psArray(items: readonly JsonValue[], indent: string): string {
  if (items.length === 0) return '@()'
  // `@(x)` enumerates x, so a lone array item needs the unary comma to stay one (nested) item.
  const lone = items.length === 1 && isJsonArray(items[0]) ? ',' : ''
  if (items.every((item) => !isJsonArray(item) && !isJsonObject(item))) {
    const inline = `@(${items.map((item) => psValue(item)).join(', ')})`
    if (inline.length + indent.length <= INLINE_WIDTH) return inline
  }
  const inner = indent + PS_INDENT
  const rendered = items.map((item) => `${inner}${lone}${psValue(item, inner)}`)
  return ['@(', rendered.join(',\n'), `${indent})`].join('\n')
}

/** Whether a property anywhere is null or an empty object: the PowerShell SDK leaves both out when sending. */
export function holdsDroppedProperties(value: JsonValue): boolean {
  if (isJsonArray(value)) return value.some(holdsDroppedProperties)
  if (!isJsonObject(value)) return false
  for (const item of value.values()) {
    if (item === null || (isJsonObject(item) && item.size === 0) || holdsDroppedProperties(item)) return true
  }
  return false
}
