import { useEffect, useState, type ReactNode } from 'react'
import { DraftsContext } from '#src/features/draft-library/drafts-context.ts'
import { DraftsNoticesSlot } from '#src/features/draft-library/drafts-notices-slot.tsx'
import { ImportProvider } from '#src/features/files/import-provider.tsx'
import { useDraftStore } from '#src/features/open-draft/draft-context.tsx'
import type { DraftStore } from '#src/features/open-draft/draft-store.ts'
import { AppFailure } from './app-error-boundary.tsx'
import { Starting } from './starting.tsx'
import type { Workshop } from './workshop-runtime.ts'

// One start per store, however often React runs the effect (StrictMode runs it twice).
const started = new WeakMap<DraftStore, Promise<Workshop>>()

function startOnce(store: DraftStore): Promise<Workshop> {
  let workshop = started.get(store)
  if (!workshop) {
    // Storage, migrations and share links load beside the first download, not in it.
    workshop = import('./workshop-runtime.ts').then((runtime) => runtime.startWorkshop(store))
    started.set(store, workshop)
  }
  return workshop
}

/**
 * Drafts, files and share links around the composer: the last draft is restored (or a share link opened as
 * a new draft) before the composer shows, so nothing typed can race the restore; then it is autosaved.
 */
export function WorkshopProvider({ children }: { children: ReactNode }) {
  const store = useDraftStore()
  const [workshop, setWorkshop] = useState<Workshop | null>(null)
  const [failure, setFailure] = useState<{ error: unknown } | null>(null)
  useEffect(() => {
    let live = true
    let stop: (() => void) | undefined
    const onHashChange = () => {
      void startOnce(store).then((ready) => ready.openLink())
    }
    startOnce(store).then(
      (ready) => {
        if (!live) return
        stop = ready.drafts.watch()
        setWorkshop(ready)
      },
      (error: unknown) => {
        if (live) setFailure({ error })
      },
    )
    window.addEventListener('hashchange', onHashChange)
    return () => {
      live = false
      stop?.()
      window.removeEventListener('hashchange', onHashChange)
    }
  }, [store])
  if (failure) return <AppFailure error={failure.error} />
  if (!workshop) {
    return <Starting />
  }
  return (
    <DraftsContext value={workshop.drafts}>
      <ImportProvider>
        {children}
        <DraftsNoticesSlot />
      </ImportProvider>
    </DraftsContext>
  )
}
