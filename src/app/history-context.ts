import { createContext, use, useSyncExternalStore } from 'react'
import type { DraftHistory, HistorySnapshot } from '#src/features/open-draft/draft-history.ts'

export const HistoryContext = createContext<DraftHistory | null>(null)

export function useDraftHistory(): DraftHistory {
  const history = use(HistoryContext)
  if (!history) throw new Error('useDraftHistory needs a <HistoryContext> provider')
  return history
}

export function useHistorySnapshot(): HistorySnapshot {
  const history = useDraftHistory()
  return useSyncExternalStore(history.subscribe, history.getSnapshot)
}
