import { createContext, use, useSyncExternalStore } from 'react'
import type { DraftsController } from './drafts-controller.ts'
import type { DraftsSnapshot } from './drafts-snapshot.ts'

export const DraftsContext = createContext<DraftsController | null>(null)

export function useDrafts(): DraftsController {
  const drafts = use(DraftsContext)
  if (!drafts) throw new Error('useDrafts needs a <DraftsContext> provider')
  return drafts
}

export function useDraftsSnapshot(): DraftsSnapshot {
  const drafts = useDrafts()
  return useSyncExternalStore(drafts.subscribe, drafts.getSnapshot)
}
