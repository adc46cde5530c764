import { isJsonArray, isJsonObject, type JsonObject, type JsonValue } from '#src/lib/json/json-value.ts'
import { stringifyJson } from '#src/lib/json/stringify.ts'
import { nextTask } from '#src/lib/next-task.ts'
import { WORK_SLICE_MS } from '#src/lib/timings.ts'
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
// …and a keystroke changes one segment: the others keep their text (the pretty one indented as an item
// of `segments`), so a 40-segment session is written again a fortieth at a time.
const segmentCache = new WeakMap<JsonObject, SerializedBody>()

// JSON text holds no raw line breaks (strings escape them), so indenting a block is a replace.
const indent = (text: string, by: string) => text.replaceAll('\n', `\n${by}`)

function serialize(value: JsonValue, depth: number): SerializedBody {
  const compact = stringifyJson(value)
  const pad = '  '.repeat(depth)
  return { compact, pretty: indent(stringifyJson(value, 2), pad), bytes: utf8Length(compact) }
}

function segmentText(segment: JsonValue): SerializedBody {
  if (!isJsonObject(segment)) return serialize(segment, 2)
  const cached = segmentCache.get(segment)
  if (cached) return cached
  const text = serialize(segment, 2)
  segmentCache.set(segment, text)
  return text
}

/** `stringifyJson(body)` and `stringifyJson(body, 2)` with the segments' texts reused. */
function assemble(body: JsonObject, segments: readonly JsonValue[]): SerializedBody {
  const compact: string[] = []
  const pretty: string[] = []
  let bytes = 2 + Math.max(0, body.size - 1)
  for (const [key, value] of body) {
    const name = JSON.stringify(key)
    if (value === segments && segments.length > 0) {
      const items = segments.map(segmentText)
      compact.push(`${name}:[${items.map((item) => item.compact).join(',')}]`)
      pretty.push(`${name}: [\n    ${items.map((item) => item.pretty).join(',\n    ')}\n  ]`)
      bytes += utf8Length(name) + 3 + (items.length - 1) + items.reduce((sum, item) => sum + item.bytes, 0)
    } else {
      const text = serialize(value, 1)
      compact.push(`${name}:${text.compact}`)
      pretty.push(`${name}: ${text.pretty}`)
      bytes += utf8Length(name) + 1 + text.bytes
    }
  }
  return { compact: `{${compact.join(',')}}`, pretty: `{\n  ${pretty.join(',\n  ')}\n}`, bytes }
}

export function serializeBody(body: JsonValue): SerializedBody {
  const key = typeof body === 'object' && body !== null ? body : undefined
  const cached = key && cache.get(key)
  if (cached) return cached
  const segments = isJsonObject(body) ? body.get('segments') : undefined
  const result =
    isJsonObject(body) && body.size > 0 && isJsonArray(segments)
      ? assemble(body, segments)
      : serialize(body, 0)
  if (key) cache.set(key, result)
  return result
}

/** The UTF-8 size of a body serialised before, without serialising it. */
export function knownBytes(body: JsonValue): number | undefined {
  return typeof body === 'object' && body !== null ? cache.get(body)?.bytes : undefined
}

/**
 * Writes the segments `serializeBody` has not seen yet a few at a time, yielding to input between slices,
 * so that the `serializeBody` that follows only joins texts. A body at Graph's 4 MB limit would otherwise
 * take one task of ~100 ms. Resolves false when `stillWanted` says the body is no longer the one to show.
 */
export async function prepareBody(body: JsonValue, stillWanted: () => boolean): Promise<boolean> {
  const segments = isJsonObject(body) && !cache.has(body) ? body.get('segments') : undefined
  if (!isJsonArray(segments)) return stillWanted()
  let sliceStart = performance.now()
  for (const segment of segments) {
    if (!isJsonObject(segment) || segmentCache.has(segment)) continue
    if (performance.now() - sliceStart > WORK_SLICE_MS) {
      await nextTask()
      if (!stillWanted()) return false
      sliceStart = performance.now()
    }
    segmentText(segment)
  }
  return stillWanted()
}
