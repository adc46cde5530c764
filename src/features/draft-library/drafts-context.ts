import { createContext, use } from 'react'
import { useStore } from '#src/lib/store/use-store.ts'
import type { DraftsController } from './drafts-controller.ts'
import type { DraftsSnapshot } from './drafts-snapshot.ts'

export const DraftsContext = createContext<DraftsController | null>(null)

export function useDrafts(): DraftsController {
  const drafts = use(DraftsContext)
  if (!drafts) throw new Error('useDrafts needs a <DraftsContext> provider')
  return drafts
}

export function useDraftsSnapshot(): DraftsSnapshot {
  return useStore(useDrafts())
}
