import { createContext, Suspense, use, useMemo, useState, type ReactNode } from 'react'
import { lazyPart } from '#src/components/ui/lazy-part.ts'
import { usePresenterMask } from '#src/features/presenter/use-presenter-mask.ts'

// Loaded on first use and kept mounted after, so what they hold (options, a bulk run) survives closing.
// Whole dialogs, not their contents: a Fluent dialog whose content suspends as it opens stays aria-hidden.
const GenerateDialog = lazyPart(() =>
  import('#src/features/generator/generate-dialog.tsx').then((m) => m.GenerateDialog),
).Component
const BulkDialog = lazyPart(() =>
  import('#src/features/bulk/bulk-dialog.tsx').then((m) => m.BulkDialog),
).Component
const DraftsDialog = lazyPart(() =>
  import('#src/features/draft-library/drafts-dialog.tsx').then((m) => m.DraftsDialog),
).Component
const ShareDialog = lazyPart(() =>
  import('#src/features/share/share-dialog.tsx').then((m) => m.ShareDialog),
).Component

export type DialogName = 'generate' | 'bulk' | 'drafts' | 'share'

interface WorkshopDialogs {
  show: (name: DialogName) => void
}

const WorkshopDialogsContext = createContext<WorkshopDialogs | null>(null)

export function useWorkshopDialogs(): WorkshopDialogs {
  const dialogs = use(WorkshopDialogsContext)
  if (!dialogs) throw new Error('useWorkshopDialogs needs a <WorkshopDialogsProvider>')
  return dialogs
}

/** The workshop's dialogs, opened from the header's tools or from the first-run card. */
export function WorkshopDialogsProvider({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState<DialogName | null>(null)
  const [used, setUsed] = useState<ReadonlySet<DialogName>>(() => new Set())
  const presenterMask = usePresenterMask()
  const value = useMemo<WorkshopDialogs>(
    () => ({
      show: (name) => {
        setUsed((before) => new Set(before).add(name))
        setOpen(name)
      },
    }),
    [],
  )
  const dialog = (name: DialogName) => ({
    open: open === name,
    onOpenChange: (next: boolean) => setOpen(next ? name : null),
  })
  return (
    <WorkshopDialogsContext value={value}>
      {children}
      <Suspense fallback={null}>
        {used.has('generate') && <GenerateDialog {...dialog('generate')} />}
        {used.has('bulk') && <BulkDialog {...dialog('bulk')} />}
        {used.has('drafts') && <DraftsDialog {...dialog('drafts')} />}
        {used.has('share') && <ShareDialog {...dialog('share')} maskBody={presenterMask?.maskBody} />}
      </Suspense>
    </WorkshopDialogsContext>
  )
}
