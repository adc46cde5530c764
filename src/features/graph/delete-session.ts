import { useMutation, useQueryClient } from '@tanstack/react-query'
import { uuidV4 } from '#src/lib/uuid-v4.ts'
import type { GraphClient } from './graph-client.ts'
import { useGraph } from './graph-context.ts'
import { expectOk } from './graph-response-error.ts'
import { sessionsQueryKey } from './list-sessions.ts'
import { sessionsUrl } from './sessions-url.ts'

/** DELETE …/sessions/{id} (the sandbox allows it; Graph documents no delete). */
export async function deleteSession(
  client: GraphClient,
  baseUrl: string,
  callRecordId: string,
  sessionId: string,
): Promise<void> {
  const result = await client.send({
    method: 'DELETE',
    url: `${sessionsUrl(baseUrl, callRecordId)}/${encodeURIComponent(sessionId)}`,
    clientRequestId: uuidV4(),
  })
  expectOk(result)
}

export function useDeleteSession(callRecordId: string) {
  const graph = useGraph()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (sessionId: string) => deleteSession(graph.client, graph.baseUrl, callRecordId, sessionId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: sessionsQueryKey(graph, callRecordId) }),
  })
}
