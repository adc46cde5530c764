import { useComposer } from '#src/features/open-draft/composer-context.ts'
import type { RequestIdStore } from '#src/features/open-draft/request-id-store.ts'
import { useStore } from '#src/lib/store/use-store.ts'

export function useRequestIdStore(): RequestIdStore {
  return useComposer().requestIds
}

/** The client-request-id the preview shows: the one the next send uses. */
export function useRequestId(): string {
  return useStore(useComposer().requestIds)
}
