import { createContext, use, useSyncExternalStore } from 'react'
import { useDraftStore } from '#src/features/open-draft/draft-context.tsx'
import type { DraftStore } from '#src/features/open-draft/draft-store.ts'
import { RequestIdStore } from './request-id-store.ts'

/** The app may provide the store (so the sending code shares it); otherwise there is one per draft. */
export const RequestIdContext = createContext<RequestIdStore | null>(null)

const perDraft = new WeakMap<DraftStore, RequestIdStore>()

export function requestIdStoreFor(draft: DraftStore): RequestIdStore {
  let store = perDraft.get(draft)
  if (!store) {
    store = new RequestIdStore()
    perDraft.set(draft, store)
  }
  return store
}

export function useRequestIdStore(): RequestIdStore {
  const provided = use(RequestIdContext)
  const draft = useDraftStore()
  return provided ?? requestIdStoreFor(draft)
}

export function useRequestId(): string {
  const store = useRequestIdStore()
  return useSyncExternalStore(store.subscribe, store.current)
}
