import { isJsonObject, isJsonArray, JsonNumber, type JsonValue } from '#src/lib/json/json-value.ts'
import { parseJson } from '#src/lib/json/parse.ts'
import { fromPlain } from '#src/lib/json/plain.ts'
import type { StoredCallRecord } from '../store/call-record-store.ts'
import { callType } from '../store/call-record-summary.ts'
import type { SessionPage } from '../store/session-store.ts'
import type { Shape } from './call-records-select-expand.ts'
import { encodeSkipToken } from './list-query.ts'
import { sessionsUrl } from './odata.ts'

/** Graph's cap on participants_v2 in one answer ("130 entries for participants"). */
const MAX_PARTICIPANTS = 130
/** Expanded sessions stop here (each may be 4 MB); the rest is behind `sessions@odata.nextLink`. */
export const MAX_EXPANDED_BYTES = 8 * 1024 * 1024

export interface RenderContext {
  origin: string
  /** The first page of the record's sessions, read only when they are expanded. */
  /** One page of the record's sessions, with their segments only when they are expanded. */
  sessions: (withSegments: boolean) => SessionPage
}

/**
 * A callRecord in beta's shape, properties in the order of Graph's examples: `organizer_v2` expanded by
 * default with its own context; the deprecated `organizer`/`participants` only when selected, and empty, as
 * Graph has returned them since June 30, 2026.
 */
export function renderCallRecord(
  record: StoredCallRecord,
  shape: Shape,
  { origin, sessions }: RenderContext,
): Map<string, JsonValue> {
  const { summary } = record
  const wanted = (name: string) => shape.select === undefined || shape.select.includes(name)
  const out = new Map<string, JsonValue>()
  const put = (name: string, value: JsonValue) => {
    if (wanted(name)) out.set(name, value)
  }
  put('version', JsonNumber.from(record.version))
  put('type', callType(summary))
  put('modalities', summary.modalities)
  put('lastModifiedDateTime', record.lastModified)
  put('startDateTime', summary.start?.text ?? null)
  put('endDateTime', summary.end?.text ?? null)
  put('joinWebUrl', null)
  out.set('id', record.id)
  if (shape.select?.includes('organizer')) out.set('organizer', null)
  if (shape.select?.includes('participants')) out.set('participants', [])
  const navigation = (name: string) =>
    `${origin}/beta/$metadata#communications/callRecords(${key(record.id)})/${name}/$entity`
  if (wanted('organizer_v2') || shape.expand.has('organizer_v2')) {
    const organizer = summary.participants.find((p) => p.id === summary.organizer?.participantId)
    out.set('organizer_v2@odata.context', navigation('organizer_v2'))
    out.set(
      'organizer_v2',
      organizer ? select(participantJson(organizer), shape.expand.get('organizer_v2')) : null,
    )
  }
  const participants = shape.expand.get('participants_v2')
  if (shape.select === undefined || participants)
    out.set('participants_v2@odata.context', navigation('participants_v2'))
  if (participants) {
    out.set(
      'participants_v2',
      summary.participants.slice(0, MAX_PARTICIPANTS).map((p) => select(participantJson(p), participants)),
    )
  }
  const sessionShape = shape.expand.get('sessions')
  if (sessionShape) {
    const segments = sessionShape.expand.get('segments')
    const page = sessions(segments !== undefined)
    let bytes = 0
    const shown = page.items.filter((item, index) => {
      bytes += item.body.length
      return index === 0 || bytes <= MAX_EXPANDED_BYTES
    })
    out.set(
      'sessions',
      shown.map((item) => renderSession(item.body, sessionShape, segments)),
    )
    const nextAfter = shown.length < page.items.length ? shown.at(-1)?.seq : page.nextAfter
    if (nextAfter !== undefined) {
      const query = `${segments ? '$expand=segments&' : ''}$skiptoken=${encodeSkipToken(nextAfter)}`
      out.set('sessions@odata.nextLink', `${sessionsUrl(origin, record.id)}?${query}`)
    }
  }
  return out
}

export function callRecordContext(origin: string, selection: string, single: boolean): string {
  return `${origin}/beta/$metadata#communications/callRecords${selection ? `(${selection})` : ''}${single ? '/$entity' : ''}`
}

function renderSession(stored: string, shape: Shape, segments: Shape | undefined): Map<string, JsonValue> {
  const parsed = parseJson(stored)
  if (!parsed.ok || !isJsonObject(parsed.value)) throw new Error('A stored session is not a JSON object')
  const session = select(new Map(parsed.value), shape)
  if (!segments) session.delete('segments')
  else {
    const value = parsed.value.get('segments')
    if (isJsonArray(value)) {
      session.set(
        'segments',
        value.map((segment) => (isJsonObject(segment) ? select(new Map(segment), segments) : segment)),
      )
    }
  }
  return session
}

/** Keeps the selected properties (and the key), in their stored order; everything when nothing is selected. */
function select(entity: Map<string, JsonValue>, shape: Shape | undefined): Map<string, JsonValue> {
  const chosen = shape?.select
  if (chosen === undefined) return entity
  return new Map([...entity].filter(([name]) => name === 'id' || chosen.includes(name)))
}

function participantJson(participant: {
  id: string
  identity: Record<string, unknown>
}): Map<string, JsonValue> {
  return new Map<string, JsonValue>([
    ['id', participant.id],
    ['identity', fromPlain(participant.identity)],
  ])
}

function key(id: string): string {
  return `'${id.replaceAll("'", "''")}'`
}
