import { queryOptions, useQuery } from '@tanstack/react-query'
import { z } from 'zod'
import { toPlain } from '#src/lib/json/plain.ts'
import { stringifyJson } from '#src/lib/json/stringify.ts'
import { uuidV4 } from '#src/lib/uuid-v4.ts'
import type { GraphClient } from './graph-client.ts'
import { useGraph, type GraphConnection } from './graph-context.ts'
import { GraphResponseError } from './graph-response-error.ts'
import { sessionsQueryKey } from './list-sessions.ts'
import { parseJsonObject } from './session-json.ts'

/** What a consumer asks for once a notification names a call record (Graph's "Get full details" example). */
export const CALL_RECORD_EXPAND = 'sessions($expand=segments)'

/** `…/communications/callRecords/{id}?$expand=sessions($expand=segments)`, the id URL-encoded. */
export function callRecordUrl(baseUrl: string, callRecordId: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/communications/callRecords/${encodeURIComponent(callRecordId)}?$expand=${CALL_RECORD_EXPAND}`
}

const summary = z
  .object({
    id: z.string(),
    version: z.number().nullish(),
    type: z.string().nullish(),
    modalities: z.array(z.string()).nullish(),
    startDateTime: z.string().nullish(),
    endDateTime: z.string().nullish(),
    sessions: z.array(z.unknown()).nullish(),
    'sessions@odata.nextLink': z.string().nullish(),
  })
  .loose()

export type CallRecordRead =
  | {
      found: true
      url: string
      /** The answer, indented, with every number and key exactly as received. */
      json: string
      summary: z.infer<typeof summary>
    }
  | { found: false; url: string; message: string }

/** GET the call record as a consumer reads it; a 404 is an answer (no session stored yet), not a failure. */
export async function getCallRecord(
  client: GraphClient,
  baseUrl: string,
  callRecordId: string,
  signal?: AbortSignal,
): Promise<CallRecordRead> {
  const url = callRecordUrl(baseUrl, callRecordId)
  const result = await client.send(
    { method: 'GET', url, headers: [['Accept', 'application/json']], clientRequestId: uuidV4() },
    { signal, interactive: false },
  )
  if (result.status === 404) return { found: false, url, message: new GraphResponseError(result).message }
  if (!result.ok) throw new GraphResponseError(result)
  const body = parseJsonObject(result.text, 'The call record')
  const parsed = summary.safeParse(toPlain(body))
  if (!parsed.success) throw new Error('The answer is not a call record (it has no id)')
  return { found: true, url, json: stringifyJson(body, 2), summary: parsed.data }
}

export function callRecordQueryOptions(graph: GraphConnection, callRecordId: string) {
  const { client, baseUrl, principal } = graph
  // The client is made for this baseUrl and principal, which the key holds (through the sessions' key).
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    // Under the sessions' key: whatever refreshes the sessions after a send or a delete refreshes this too.
    queryKey: [...sessionsQueryKey(graph, callRecordId), { derived: 'callRecord' }] as const,
    queryFn: ({ signal }) => getCallRecord(client, baseUrl, callRecordId, signal),
    enabled: principal !== null && callRecordId !== '',
    retry: false,
  })
}

/** `when` false holds the read back (no sessions listed: Graph would answer 404, which a browser logs). */
export function useCallRecord(callRecordId: string, when = true) {
  const options = callRecordQueryOptions(useGraph(), callRecordId)
  return useQuery({ ...options, enabled: options.enabled && when })
}
