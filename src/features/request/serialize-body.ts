import type { JsonValue } from '../../lib/json/json-value.ts'
import { stringifyJson } from '../../lib/json/stringify.ts'
import { utf8Length } from './utf8-length.ts'

export interface SerializedBody {
  /** Exactly what is sent: compact, numbers and key order as held. */
  compact: string
  /** What is shown: two-space indentation. */
  pretty: string
  /** UTF-8 bytes of `compact`. */
  bytes: number
}

// The draft shares unchanged trees, so the preview, the snippets and What if serialise a body once.
const cache = new WeakMap<object, SerializedBody>()

export function serializeBody(body: JsonValue): SerializedBody {
  const key = typeof body === 'object' && body !== null ? body : undefined
  const cached = key && cache.get(key)
  if (cached) return cached
  const compact = stringifyJson(body)
  const result = { compact, pretty: stringifyJson(body, 2), bytes: utf8Length(compact) }
  if (key) cache.set(key, result)
  return result
}

/** The UTF-8 size of a body serialised before, without serialising it. */
export function knownBytes(body: JsonValue): number | undefined {
  return typeof body === 'object' && body !== null ? cache.get(body)?.bytes : undefined
}
