import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'
import { uuidV4 } from '#src/lib/uuid-v4.ts'
import type { GraphClient } from './graph-client.ts'
import { useGraph, type GraphConnection } from './graph-context.ts'
import { expectOk } from './graph-response-error.ts'

const subscription = z
  .object({
    id: z.string(),
    resource: z.string(),
    changeType: z.string(),
    notificationUrl: z.string(),
    expirationDateTime: z.string(),
    clientState: z.string().nullish(),
  })
  .loose()

const delivery = z
  .object({
    id: z.number(),
    subscriptionId: z.string(),
    changeType: z.string(),
    callRecordId: z.string(),
    version: z.number(),
    notificationUrl: z.string(),
    status: z.enum(['pending', 'delivered', 'failed']),
    attempts: z.number(),
    lastStatus: z.number().nullable(),
    lastError: z.string().nullable(),
    createdDateTime: z.string(),
    latencyMs: z.number().nullable(),
  })
  .loose()
export type Delivery = z.infer<typeof delivery>

/** The sandbox's own list of deliveries sits beside its API on the same origin, behind the same token. */
export function deliveriesUrl(baseUrl: string): string {
  return new URL('/_sandbox/notifications', baseUrl).href
}

async function getJson(client: GraphClient, url: string, signal?: AbortSignal): Promise<unknown> {
  const result = await client.send(
    { method: 'GET', url, headers: [['Accept', 'application/json']], clientRequestId: uuidV4() },
    { signal, interactive: false },
  )
  return JSON.parse(expectOk(result).text)
}

export function subscriptionsQueryOptions(graph: GraphConnection) {
  const { client, baseUrl, principal } = graph
  // The client is made for this baseUrl and principal, which the key holds.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: ['graph', baseUrl, principal, 'subscriptions'] as const,
    queryFn: async ({ signal }) =>
      z
        .object({ value: z.array(subscription) })
        .parse(await getJson(client, `${baseUrl.replace(/\/+$/, '')}/subscriptions`, signal)).value,
    enabled: principal !== null,
    retry: false,
    staleTime: 0,
  })
}

export function deliveriesQueryOptions(graph: GraphConnection) {
  const { client, baseUrl, principal } = graph
  // The client is made for this baseUrl and principal, which the key holds.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: ['graph', baseUrl, principal, 'subscriptions', 'deliveries'] as const,
    queryFn: async ({ signal }) =>
      z.object({ value: z.array(delivery) }).parse(await getJson(client, deliveriesUrl(baseUrl), signal))
        .value,
    enabled: principal !== null,
    retry: false,
    staleTime: 0,
    // A presenter watches the webhook receive what was just sent.
    refetchInterval: 2_000,
  })
}

export function useSubscriptions() {
  return useQuery(subscriptionsQueryOptions(useGraph()))
}

export function useDeliveries() {
  return useQuery(deliveriesQueryOptions(useGraph()))
}

export function useDeleteSubscription() {
  const graph = useGraph()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (id: string) => {
      const result = await graph.client.send({
        method: 'DELETE',
        url: `${graph.baseUrl.replace(/\/+$/, '')}/subscriptions/${encodeURIComponent(id)}`,
        clientRequestId: uuidV4(),
      })
      expectOk(result)
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: subscriptionsQueryOptions(graph).queryKey }),
  })
}
