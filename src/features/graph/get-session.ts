import { queryOptions } from '@tanstack/react-query'
import { uuidV4 } from '#src/lib/uuid-v4.ts'
import type { GraphClient } from './graph-client.ts'
import type { GraphConnection } from './graph-context.ts'
import { expectOk } from './graph-response-error.ts'
import { parseJsonObject, toStoredSession, type StoredSession } from './session-json.ts'
import { sessionsUrl } from './sessions-url.ts'

/** GET …/sessions/{id}?$expand=segments: one session, whole and exactly as stored. */
export async function getSession(
  client: GraphClient,
  baseUrl: string,
  callRecordId: string,
  sessionId: string,
  signal?: AbortSignal,
): Promise<StoredSession> {
  const result = await client.send(
    {
      method: 'GET',
      url: `${sessionsUrl(baseUrl, callRecordId)}/${encodeURIComponent(sessionId)}?$expand=segments`,
      headers: [['Accept', 'application/json']],
      clientRequestId: uuidV4(),
    },
    { signal, interactive: false },
  )
  return toStoredSession(parseJsonObject(expectOk(result).text, 'The session'))
}

export function sessionQueryOptions(graph: GraphConnection, callRecordId: string, sessionId: string) {
  const { client, baseUrl, principal } = graph
  // The client is made for this baseUrl and principal, which the key holds.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: ['graph', baseUrl, principal, 'callRecords', callRecordId, 'sessions', sessionId] as const,
    queryFn: ({ signal }) => getSession(client, baseUrl, callRecordId, sessionId, signal),
    enabled: principal !== null,
    retry: false,
    // Opening a session must load what is stored now, not what was read a minute ago.
    staleTime: 0,
  })
}
