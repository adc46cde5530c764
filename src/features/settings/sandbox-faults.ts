import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'

export const FAULT_STATUSES = [429, 503, 504] as const
export type FaultStatus = (typeof FAULT_STATUSES)[number]

export interface FaultRequest {
  status: FaultStatus
  count: number
  retryAfter?: number
  callRecordId?: string
}

const faultState = z.discriminatedUnion('active', [
  z.object({ active: z.literal(false) }),
  z.object({
    active: z.literal(true),
    status: z.literal(FAULT_STATUSES),
    count: z.int(),
    retryAfter: z.int().optional(),
    callRecordId: z.string().optional(),
  }),
])
export type FaultState = z.infer<typeof faultState>

const errorBody = z.object({ error: z.object({ message: z.string() }) })

/** The sandbox's presenter tool lives beside its API, on the same origin. */
export function faultsUrl(sandboxBaseUrl: string): string {
  return new URL('/_sandbox/faults', sandboxBaseUrl).href
}

async function call(url: string, init: RequestInit): Promise<FaultState> {
  const response = await fetch(url, { ...init, headers: { 'Content-Type': 'application/json' } })
  if (response.status === 204) return { active: false }
  const body: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    const parsed = errorBody.safeParse(body)
    throw new Error(parsed.success ? parsed.data.error.message : `The sandbox answered ${response.status}`)
  }
  return faultState.parse(body)
}

export function faultsQueryOptions(url: string) {
  return queryOptions({
    queryKey: ['sandbox-faults', url],
    queryFn: ({ signal }) => call(url, { signal }),
    retry: false,
  })
}

export function useFaults(url: string) {
  return useQuery(faultsQueryOptions(url))
}

/** Starts (a request) or stops (null) the simulated failures; the answer becomes the shown state. */
export function useSetFaults(url: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (fault: FaultRequest | null) =>
      call(url, fault ? { method: 'POST', body: JSON.stringify(fault) } : { method: 'DELETE' }),
    onSuccess: (state) => {
      queryClient.setQueryData(faultsQueryOptions(url).queryKey, state)
    },
  })
}
