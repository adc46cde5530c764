/** OData URLs and annotations, shaped like Graph's (`callRecords('id')/sessions(segments())/$entity`). */

/** What a GET returns of each session: the selected properties (all when undefined) and the expanded ones. */
export interface Projection {
  select?: readonly string[]
  expand: readonly string[]
}

const ALL: Projection = { expand: [] }

function key(id: string): string {
  return `'${id.replaceAll("'", "''")}'`
}

export function sessionsUrl(origin: string, callRecordId: string): string {
  return `${origin}/beta/communications/callRecords/${encodeURIComponent(callRecordId)}/sessions`
}

export function sessionUrl(origin: string, callRecordId: string, sessionId: string): string {
  return `${sessionsUrl(origin, callRecordId)}/${encodeURIComponent(sessionId)}`
}

/** `…/sessions(startDateTime,segments())`: the selected properties, then each expanded one with `()`. */
export function sessionsContext(origin: string, callRecordId: string, projection = ALL): string {
  const selected = (projection.select ?? []).filter((name) => !projection.expand.includes(name))
  const items = [...selected, ...projection.expand.map((name) => `${name}()`)]
  const sessions = items.length ? `sessions(${items.join(',')})` : 'sessions'
  return `${origin}/beta/$metadata#communications/callRecords(${key(callRecordId)})/${sessions}`
}

export function sessionContext(origin: string, callRecordId: string, projection = ALL): string {
  return `${sessionsContext(origin, callRecordId, projection)}/$entity`
}
