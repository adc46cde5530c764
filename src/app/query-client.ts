import { QueryClient } from '@tanstack/react-query'

/** One per app (and per test). The graph client retries what Graph says may be retried; the cache does not. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  })
}
