import { queryOptions, useQuery } from '@tanstack/react-query'
import { uuidV4 } from '#src/lib/uuid-v4.ts'
import type { GraphClient } from './graph-client.ts'
import { useGraph, type GraphConnection } from './graph-context.ts'
import { expectOk } from './graph-response-error.ts'
import { parseSessionPage, type StoredSession } from './session-json.ts'
import { sessionsUrl } from './sessions-url.ts'

export interface SessionList {
  sessions: StoredSession[]
  /** Graph pages at 60; the list shows the first page and says when there is more. */
  more: boolean
}

/** GET …/sessions?$expand=segments: the sessions stored under one call record, whole. */
export async function listSessions(
  client: GraphClient,
  baseUrl: string,
  callRecordId: string,
  signal?: AbortSignal,
): Promise<SessionList> {
  const result = await client.send(
    {
      method: 'GET',
      url: `${sessionsUrl(baseUrl, callRecordId)}?$expand=segments`,
      headers: [['Accept', 'application/json']],
      clientRequestId: uuidV4(),
    },
    { signal, interactive: false },
  )
  const page = parseSessionPage(expectOk(result).text)
  return { sessions: page.sessions, more: page.nextLink !== null }
}

export function sessionsQueryOptions(graph: GraphConnection, callRecordId: string) {
  const { client, baseUrl, principal } = graph
  // The client is made for this baseUrl and principal, which the key holds.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: ['graph', baseUrl, principal, 'callRecords', callRecordId, 'sessions'] as const,
    queryFn: ({ signal }) => listSessions(client, baseUrl, callRecordId, signal),
    enabled: principal !== null && callRecordId !== '',
    // The client already retries what Graph says may be retried.
    retry: false,
  })
}

export function useSessions(callRecordId: string) {
  return useQuery(sessionsQueryOptions(useGraph(), callRecordId))
}

export function sessionsQueryKey(graph: GraphConnection, callRecordId: string) {
  return sessionsQueryOptions(graph, callRecordId).queryKey
}
