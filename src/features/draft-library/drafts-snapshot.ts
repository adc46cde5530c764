import type { ClaimDraft } from './draft-claims.ts'
import type { DraftsNotice } from './notice-list.ts'
import type { RescueStorage } from './rescue-slot.ts'
import type { TabStorage } from './tab-draft.ts'

export interface DraftsSnapshot {
  status: 'starting' | 'ready' | 'unavailable'
  currentId: string | null
  currentName: string
  notices: readonly DraftsNotice[]
  /** Bumped whenever the stored list changes. */
  revision: number
}

export interface DraftsOptions {
  beforeFlush?: () => void
  now?: () => Date
  newId?: () => string
  delayMs?: number
  /** The page-hide rescue (localStorage) and this tab's draft id (sessionStorage), in the browser. */
  rescueStorage?: RescueStorage
  tabStorage?: TabStorage
  claim?: ClaimDraft
}
