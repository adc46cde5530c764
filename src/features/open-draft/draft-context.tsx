import { createContext, use, useSyncExternalStore } from 'react'
import type { JsonPath, JsonValue } from '#src/lib/json/json-value.ts'
import { getIn } from '#src/lib/json/path.ts'
import type { DraftState } from './draft-state.ts'
import type { DraftStore } from './draft-store.ts'

export const DraftContext = createContext<DraftStore | null>(null)

export function useDraftStore(): DraftStore {
  const store = use(DraftContext)
  if (!store) throw new Error('useDraftStore needs a <DraftContext> provider')
  return store
}

/** A narrow slice of the draft; the component re-renders only when the slice changes (Object.is). */
export function useDraft<T>(select: (state: DraftState) => T): T {
  const store = useDraftStore()
  return useSyncExternalStore(store.subscribe, () => select(store.getState()))
}

/** The value at one path of the body. Structural sharing keeps it stable while other fields change. */
export function useBodyValue(path: JsonPath): JsonValue | undefined {
  const store = useDraftStore()
  return useSyncExternalStore(store.subscribe, () => getIn(store.getState().body, path))
}
