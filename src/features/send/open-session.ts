import { isJsonArray, isJsonObject, type JsonObject, type JsonValue } from '#src/lib/json/json-value.ts'

// OData control information that only describes a response (where it came from, how to follow it).
// `@odata.type` is not among them: it selects a subtype and is sent.
const RESPONSE_ONLY = new Set([
  'context',
  'etag',
  'id',
  'editLink',
  'readLink',
  'mediaEditLink',
  'mediaReadLink',
  'mediaContentType',
  'mediaEtag',
  'navigationLink',
  'associationLink',
  'nextLink',
  'deltaLink',
  'count',
])

/** `@odata.context`, `segments@odata.navigationLink`…, in OData's own and the older `odata.` spelling. */
export function isResponseAnnotation(key: string): boolean {
  const at = key.lastIndexOf('@odata.')
  if (at >= 0) return RESPONSE_ONLY.has(key.slice(at + '@odata.'.length))
  return key.startsWith('odata.') && RESPONSE_ONLY.has(key.slice('odata.'.length))
}

/**
 * A stored session as a new draft body: the response-only annotations go, everything else stays exactly as
 * received (numbers, nulls, key order, unknown keys, `@odata.type`), at every depth.
 */
export function sessionAsDraftBody(session: JsonObject): JsonObject {
  return stripObject(session)
}

function stripObject(object: JsonObject): JsonObject {
  const kept = new Map<string, JsonValue>()
  for (const [key, value] of object) {
    if (!isResponseAnnotation(key)) kept.set(key, strip(value))
  }
  return kept
}

function strip(value: JsonValue): JsonValue {
  if (isJsonObject(value)) return stripObject(value)
  if (isJsonArray(value)) return value.map(strip)
  return value
}
