import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { GraphClient } from './graph-client.ts'
import { sessionsUrl, useGraph } from './graph-context.ts'
import { expectOk } from './graph-response-error.ts'
import { sessionsQueryKey } from './list-sessions.ts'
import { newRequestId } from './new-request-id.ts'

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
    clientRequestId: newRequestId(),
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
