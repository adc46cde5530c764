import { isJsonArray, isJsonObject, type JsonPath, type JsonValue } from '#src/lib/json/json-value.ts'
import { locatePaths } from './locate-paths.ts'

/** A string in the text that presenter mode shows masked: its span (quotes included) and what to show. */
export interface MaskedSpan {
  from: number
  to: number
  shown: string
}

/** The paths of the strings the mask changed. Unchanged subtrees are the same objects, so they are skipped. */
function changedStrings(real: JsonValue, masked: JsonValue, path: JsonPath, out: [JsonPath, string][]): void {
  if (real === masked) return
  if (typeof real === 'string' && typeof masked === 'string') {
    out.push([path, masked])
    return
  }
  if (isJsonObject(real) && isJsonObject(masked)) {
    for (const [key, value] of real) {
      const other = masked.get(key)
      if (other !== undefined) changedStrings(value, other, [...path, key], out)
    }
    return
  }
  if (isJsonArray(real) && isJsonArray(masked)) {
    real.forEach((value, index) => {
      const other = masked[index]
      if (other !== undefined) changedStrings(value, other, [...path, index], out)
    })
  }
}

/**
 * Where the JSON text (which is `body`, written out) holds identifiers the mask hides, in text order. The
 * text stays as typed and is what Copy copies; only what is drawn changes.
 */
export function maskedSpans(
  text: string,
  body: JsonValue,
  maskBody: (body: JsonValue) => JsonValue,
): MaskedSpan[] {
  const changed: [JsonPath, string][] = []
  changedStrings(body, maskBody(body), [], changed)
  if (changed.length === 0) return []
  const spans = locatePaths(
    text,
    changed.map(([path]) => path),
  )
  return spans
    .flatMap((span, index) =>
      span.exact ? [{ from: span.from, to: span.to, shown: JSON.stringify(changed[index]?.[1] ?? '') }] : [],
    )
    .sort((a, b) => a.from - b.from)
}
