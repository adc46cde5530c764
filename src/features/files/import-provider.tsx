import { Suspense, useMemo, useRef, type ReactNode } from 'react'
import { lazyPart } from '#src/components/ui/lazy-part.ts'
import { ImportContext, type FileImport } from './import-context.ts'
import { useFileDrop } from './use-file-drop.ts'
import { useImportFlow } from './use-import-flow.ts'

const ImportDialog = lazyPart(() => import('./import-dialog.tsx').then((m) => m.ImportDialog)).Component
const FileDropOverlay = lazyPart(() =>
  import('./file-drop-overlay.tsx').then((m) => m.FileDropOverlay),
).Component

/** Import from anywhere: the header's button (a file picker), a drop on the page, and the questions after. */
export function ImportProvider({ children }: { children: ReactNode }) {
  const input = useRef<HTMLInputElement>(null)
  const flow = useImportFlow()
  const { importFile, offer } = flow
  const dragging = useFileDrop(importFile)
  const value = useMemo<FileImport>(
    () => ({
      pick: () => input.current?.click(),
      importFile,
      openSession: (name, body) => offer(name, body, true, true),
    }),
    [importFile, offer],
  )
  return (
    <ImportContext value={value}>
      {children}
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        aria-label="Import a JSON file"
        hidden
        onChange={(event) => {
          const file = event.currentTarget.files?.[0]
          // Cleared, so picking the same file again still imports it.
          event.currentTarget.value = ''
          if (file) importFile(file)
        }}
      />
      {dragging && (
        <Suspense fallback={null}>
          <FileDropOverlay />
        </Suspense>
      )}
      {flow.pending && (
        <Suspense fallback={null}>
          <ImportDialog
            pending={flow.pending}
            onPick={(fileName, body) => flow.offer(fileName, body, true)}
            onReplace={flow.replaceBody}
            onNewDraft={flow.openAsNewDraft}
            onClose={() => flow.setPending(null)}
          />
        </Suspense>
      )}
    </ImportContext>
  )
}
