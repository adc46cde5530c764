import { useSyncExternalStore } from 'react'
import { useComposer } from './composer-context.ts'
import type { DraftHistory, HistorySnapshot } from './draft-history.ts'

export function useDraftHistory(): DraftHistory {
  return useComposer().history
}

export function useHistorySnapshot(): HistorySnapshot {
  const history = useDraftHistory()
  return useSyncExternalStore(history.subscribe, history.getSnapshot)
}
