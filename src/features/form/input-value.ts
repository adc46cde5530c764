import { parseHumanDuration } from '#src/features/schema/duration.ts'
import type { Widget } from '#src/features/schema/field-meta.ts'
import { isJsonArray, isJsonObject, JsonNumber, type JsonValue } from '#src/lib/json/json-value.ts'
import { stringifyJson } from '#src/lib/json/stringify.ts'

type TextWidget = Extract<Widget, 'string' | 'dateTime' | 'duration' | 'single' | 'int32' | 'int64'>

const NUMERIC = new Set<Widget>(['single', 'int32', 'int64'])

/** What a text input shows for a value. Whatever came in stays visible, even a wrong type. */
export function displayText(value: JsonValue | undefined): string {
  if (value === undefined || value === null) return ''
  if (typeof value === 'string') return value
  if (value instanceof JsonNumber) return value.raw
  if (typeof value === 'boolean') return String(value)
  if (isJsonObject(value) || isJsonArray(value)) return stringifyJson(value)
  return ''
}

/**
 * The value a keystroke produces. Empty means unset (the key is removed). Text that is not yet a valid value is
 * kept as a string so nothing typed is lost; validation then names the problem at the field.
 */
export function parseInput(widget: TextWidget, text: string): JsonValue | undefined {
  if (text === '') return undefined
  if (widget === 'string') return text
  const trimmed = text.trim()
  // Only in typed fields: there the text "null" cannot be a legitimate value.
  if (trimmed === 'null') return null
  if (NUMERIC.has(widget)) return JsonNumber.parse(trimmed) ?? text
  if (widget === 'duration') return parseHumanDuration(trimmed) ?? text
  return trimmed === text ? text : trimmed
}

/** On leaving a field: numbers that JavaScript reads but JSON does not (".5", "1.", "+3") become canonical. */
export function normalizeOnBlur(widget: TextWidget, value: JsonValue | undefined): JsonValue | undefined {
  if (!NUMERIC.has(widget) || typeof value !== 'string') return value
  const trimmed = value.trim().replace(/^\+/, '')
  if (!/^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(trimmed)) return value
  const n = Number(trimmed)
  return Number.isFinite(n) && Number.isSafeInteger(Math.trunc(n)) ? JsonNumber.from(n) : value
}

export function isTextWidget(widget: Widget): widget is TextWidget {
  return widget === 'string' || widget === 'dateTime' || widget === 'duration' || NUMERIC.has(widget)
}
