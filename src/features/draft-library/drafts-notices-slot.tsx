import { Suspense } from 'react'
import { lazyPart } from '#src/components/ui/lazy-part.ts'
import { useDraftsSnapshot } from './drafts-context.ts'

// Rarely needed: the message bars load only when there is something to say.
const DraftsNotices = lazyPart(() => import('./drafts-notices.tsx').then((m) => m.DraftsNotices)).Component

export function DraftsNoticesSlot() {
  const { notices } = useDraftsSnapshot()
  if (notices.length === 0) return null
  return (
    <Suspense fallback={null}>
      <DraftsNotices />
    </Suspense>
  )
}
