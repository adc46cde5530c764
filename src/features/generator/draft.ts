import { JsonNumber, type JsonValue } from '../../lib/json/json-value.ts'

/** What the builders write: plain literals, where `undefined` means "leave the key out". */
export type Draft = string | number | boolean | null | undefined | readonly Draft[] | DraftObject
export interface DraftObject {
  readonly [key: string]: Draft
}

/**
 * The lossless tree of a draft. Like `fromPlain`, but it walks only what the builders make and allocates no
 * intermediate arrays: `fromPlain` took a quarter of the time of a 40 × 3 × 8 session.
 */
export function jsonTree(draft: Draft): JsonValue {
  if (typeof draft === 'number') return JsonNumber.from(draft)
  if (draft === undefined) throw new TypeError('undefined has no JSON form')
  if (draft === null || typeof draft !== 'object') return draft
  if (isDraftArray(draft)) return draft.map(jsonTree)
  const map = new Map<string, JsonValue>()
  for (const key in draft) {
    const value = draft[key]
    if (value !== undefined) map.set(key, jsonTree(value))
  }
  return map
}

function isDraftArray(draft: readonly Draft[] | DraftObject): draft is readonly Draft[] {
  return Array.isArray(draft)
}
