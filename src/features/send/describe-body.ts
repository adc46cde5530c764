import { parseGraphError, type GraphError } from '#src/features/graph/graph-error.ts'
import type { JsonValue } from '#src/lib/json/json-value.ts'
import { parseJson } from '#src/lib/json/parse.ts'
import { stringifyJson } from '#src/lib/json/stringify.ts'

export type ResponseBody =
  | { kind: 'empty' }
  /** JSON, pretty-printed from the lossless tree: numbers and key order exactly as received. */
  | { kind: 'json'; pretty: string }
  | { kind: 'graphError'; error: GraphError; pretty: string }
  /** Anything else (HTML from a proxy, plain text): shown as text, never rendered. */
  | { kind: 'text'; text: string }

/** `maskBody`: presenter mode's redaction, applied to a JSON answer as the preview applies it to the request. */
export function describeBody(
  text: string,
  ok: boolean,
  maskBody?: (body: JsonValue) => JsonValue,
): ResponseBody {
  if (text.trim() === '') return { kind: 'empty' }
  const parsed = parseJson(text)
  if (!parsed.ok) return { kind: 'text', text }
  const error = ok ? null : parseGraphError(text)
  if (error) return { kind: 'graphError', error, pretty: stringifyJson(parsed.value, 2) }
  return { kind: 'json', pretty: stringifyJson(maskBody ? maskBody(parsed.value) : parsed.value, 2) }
}
