import { useEffect, useState } from 'react'
import type { ListedDraft } from './draft-repository.ts'
import { useDrafts, useDraftsSnapshot } from './drafts-context.ts'

/** The stored drafts, read again whenever the list changes; null while reading. */
export function useDraftList(active: boolean): ListedDraft[] | null {
  const drafts = useDrafts()
  const { revision, currentId } = useDraftsSnapshot()
  const [list, setList] = useState<ListedDraft[] | null>(null)
  useEffect(() => {
    if (!active) return
    let live = true
    // The current draft's summary is only as fresh as its last autosave.
    void drafts
      .flush()
      .then(() => drafts.list())
      .then((items) => {
        if (live) setList(items)
      })
    return () => {
      live = false
    }
  }, [drafts, active, revision, currentId])
  return active ? list : null
}
