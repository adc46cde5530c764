/** OData URLs and annotations, shaped like Graph's (`callRecords('id')/sessions(segments())/$entity`). */

function key(id: string): string {
  return `'${id.replaceAll("'", "''")}'`
}

export function sessionsUrl(origin: string, callRecordId: string): string {
  return `${origin}/beta/communications/callRecords/${encodeURIComponent(callRecordId)}/sessions`
}

export function sessionUrl(origin: string, callRecordId: string, sessionId: string): string {
  return `${sessionsUrl(origin, callRecordId)}/${encodeURIComponent(sessionId)}`
}

export function sessionsContext(origin: string, callRecordId: string, expandSegments: boolean): string {
  const sessions = expandSegments ? 'sessions(segments())' : 'sessions'
  return `${origin}/beta/$metadata#communications/callRecords(${key(callRecordId)})/${sessions}`
}

export function sessionContext(origin: string, callRecordId: string, expandSegments: boolean): string {
  return `${sessionsContext(origin, callRecordId, expandSegments)}/$entity`
}
