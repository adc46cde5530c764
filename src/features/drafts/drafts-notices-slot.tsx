import { lazy, Suspense } from 'react'
import { useDraftsSnapshot } from './drafts-context.ts'

// Rarely needed: the message bars load only when there is something to say.
const DraftsNotices = lazy(() => import('./drafts-notices.tsx').then((m) => ({ default: m.DraftsNotices })))

export function DraftsNoticesSlot() {
  const { notices } = useDraftsSnapshot()
  if (notices.length === 0) return null
  return (
    <Suspense fallback={null}>
      <DraftsNotices />
    </Suspense>
  )
}
