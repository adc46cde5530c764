import type { DraftRecord } from '#src/features/draft-library/draft-record.ts'
import { DRAFT_FORMAT } from '#src/features/draft-library/draft-record.ts'
import { migrateDraftRecord } from '#src/features/draft-library/migrate-draft-record.ts'
import {
  isJsonArray,
  isJsonObject,
  jsonTypeOf,
  type JsonObject,
  type JsonValue,
} from '#src/lib/json/json-value.ts'
import { parseJson } from '#src/lib/json/parse.ts'
import { toPlain } from '#src/lib/json/plain.ts'
import { stripResponseAnnotations } from './strip-annotations.ts'

export interface ListedSession {
  body: JsonObject
  /** What the picker shows: id, start, modalities, segments. */
  label: string
}

export type InterpretedFile =
  | { kind: 'session'; body: JsonObject; fromGraph: boolean }
  | { kind: 'list'; sessions: ListedSession[] }
  | { kind: 'draft'; record: DraftRecord }
  | { kind: 'problem'; message: string }

/**
 * What a dropped or opened `.json` file holds: a session body, a Graph GET response (one session, or a list
 * to pick from), or a saved draft. Graph's response annotations are dropped; nothing else is changed.
 */
export function interpretJsonFile(text: string, fileName: string): InterpretedFile {
  const parsed = parseJson(text.replace(/^\uFEFF/, ''))
  if (!parsed.ok) {
    const { reason, line, column } = parsed.error
    return {
      kind: 'problem',
      message: `${fileName} is not valid JSON: ${reason} at line ${line}, column ${column}.`,
    }
  }
  const value = parsed.value
  if (!isJsonObject(value)) {
    return { kind: 'problem', message: `${fileName} holds ${article(value)}, not a session (a JSON object).` }
  }
  if (value.get('format') === DRAFT_FORMAT || (value.has('version') && value.has('draft'))) {
    const migrated = migrateDraftRecord(toPlain(value))
    return migrated.ok
      ? { kind: 'draft', record: migrated.record }
      : { kind: 'problem', message: `${fileName}: ${migrated.problem}` }
  }
  const items = value.get('value')
  if (isJsonArray(items) && [...value.keys()].every((key) => key === 'value' || key.startsWith('@odata.'))) {
    const sessions = items.flatMap((item, index) => {
      const body = stripResponseAnnotations(item)
      return isJsonObject(body) ? [{ body, label: labelOf(body, index) }] : []
    })
    if (sessions.length === 0)
      return { kind: 'problem', message: `${fileName} is a Graph list with no sessions in it.` }
    return { kind: 'list', sessions }
  }
  const body = stripResponseAnnotations(value)
  return { kind: 'session', body: isJsonObject(body) ? body : value, fromGraph: body !== value }
}

function labelOf(session: JsonObject, index: number): string {
  const text = (key: string) => {
    const item = session.get(key)
    return typeof item === 'string' ? item : undefined
  }
  const modalities = session.get('modalities')
  const segments = session.get('segments')
  return [
    `${index + 1}. ${text('id') ?? 'no id'}`,
    text('startDateTime'),
    isJsonArray(modalities) ? modalities.filter((m) => typeof m === 'string').join(', ') : undefined,
    isJsonArray(segments)
      ? `${segments.length} ${segments.length === 1 ? 'segment' : 'segments'}`
      : undefined,
  ]
    .filter(Boolean)
    .join(' · ')
}

function article(value: JsonValue): string {
  const type = jsonTypeOf(value)
  return type === 'array' ? 'an array' : type === 'null' ? 'null' : `a ${type}`
}
