import { useEffect, useState } from 'react'
import { useDraft } from '#src/features/open-draft/draft-context.tsx'
import { resolveTarget } from '#src/features/parameter-sets/resolve-target.ts'
import { TYPING_PAUSE_BEFORE_LISTING_SESSIONS_MS } from '#src/lib/timings.ts'

/**
 * The call record whose sessions are listed: the one Send would post to, once typing in the id pauses
 * (a list request per keystroke would be wasted work and, on Graph, throttling).
 */
export function useListedCallRecordId(): string {
  const resolved = useDraft((s) => {
    const target = resolveTarget(s.target, s.callRecordId, s.inputObject)
    return target.ok ? target.callRecordId : ''
  })
  const [settled, setSettled] = useState(resolved)
  useEffect(() => {
    const timer = setTimeout(() => {
      setSettled(resolved)
    }, TYPING_PAUSE_BEFORE_LISTING_SESSIONS_MS)
    return () => {
      clearTimeout(timer)
    }
  }, [resolved])
  return settled
}
