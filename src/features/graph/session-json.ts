import { z } from 'zod'
import { isJsonArray, isJsonObject, type JsonObject, type JsonValue } from '#src/lib/json/json-value.ts'
import { parseJson } from '#src/lib/json/parse.ts'
import { toPlain } from '#src/lib/json/plain.ts'

/** What the sessions list needs to show a row; the whole object is kept beside it, losslessly. */
const sessionSummary = z
  .object({
    id: z.string(),
    startDateTime: z.string().nullish(),
    endDateTime: z.string().nullish(),
    modalities: z.array(z.string()).nullish(),
    segments: z.array(z.unknown()).nullish(),
  })
  .loose()

export interface StoredSession {
  id: string
  startDateTime: string | null
  endDateTime: string | null
  modalities: readonly string[]
  /** Null when the answer did not include segments (no `$expand=segments`). */
  segmentCount: number | null
  /** The session exactly as received: numbers, key order and unknown keys intact. */
  body: JsonObject
}

/** A JSON object from a response body, parsed losslessly (never JSON.parse: Int64 values must survive). */
export function parseJsonObject(text: string, what: string): JsonObject {
  const parsed = parseJson(text)
  if (!parsed.ok) throw new Error(`${what} is not JSON: ${parsed.error.message}`)
  if (!isJsonObject(parsed.value)) throw new Error(`${what} is not a JSON object`)
  return parsed.value
}

export function toStoredSession(value: JsonValue | undefined, what = 'The session'): StoredSession {
  if (!isJsonObject(value)) throw new Error(`${what} is not a JSON object`)
  const summary = sessionSummary.safeParse(toPlain(value))
  if (!summary.success) {
    const issue = summary.error.issues[0]
    throw new Error(
      `${what} is not a session: ${issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'invalid'}`,
    )
  }
  const { id, startDateTime, endDateTime, modalities, segments } = summary.data
  return {
    id,
    startDateTime: startDateTime ?? null,
    endDateTime: endDateTime ?? null,
    modalities: modalities ?? [],
    segmentCount: segments?.length ?? null,
    body: value,
  }
}

/** An OData collection page: `value` plus, when there is more, `@odata.nextLink`. */
export function parseSessionPage(text: string): { sessions: StoredSession[]; nextLink: string | null } {
  const page = parseJsonObject(text, 'The sessions list')
  const value = page.get('value')
  if (!isJsonArray(value)) throw new Error('The sessions list has no "value" array')
  const next = page.get('@odata.nextLink')
  return {
    sessions: value.map((item, index) => toStoredSession(item, `Session ${index + 1} of the list`)),
    nextLink: typeof next === 'string' ? next : null,
  }
}
