/**
 * The operation's path, `/communications/callRecords/{id}/sessions`: the id URL-encoded as the cmdlet does,
 * or the help's `{callRecord-id}` while there is none.
 */
export function sessionsPath(callRecordId: string | null): string {
  const id = callRecordId === null ? '{callRecord-id}' : encodeURIComponent(callRecordId)
  return `/communications/callRecords/${id}/sessions`
}

/** The sessions of a call record on a target: its base URL (`…/beta`) and the operation's path. */
export function sessionsUrl(baseUrl: string, callRecordId: string | null): string {
  return baseUrl.replace(/\/+$/, '') + sessionsPath(callRecordId)
}
