import { useCallback, useState } from 'react'
import { useDrafts } from '#src/features/draft-library/drafts-context.ts'
import { useDraftStore } from '#src/features/open-draft/draft-context.tsx'
import { isJsonObject, type JsonObject } from '#src/lib/json/json-value.ts'
import type { PendingImport } from './pending-import.ts'

/** Larger than Graph's 4 MB limit with room for indentation and a Graph list around it. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024

/**
 * A file becomes a body (asking first when that would replace one), a new named draft (a `*.draft.json`),
 * or a clear message; a bad file never touches the draft.
 */
export function useImportFlow() {
  const store = useDraftStore()
  const drafts = useDrafts()
  const [pending, setPending] = useState<PendingImport | null>(null)

  const offer = useCallback(
    (fileName: string, body: JsonObject, fromGraph: boolean, fromTarget = false): boolean => {
      const current = store.getState()
      const empty = isJsonObject(current.body) && current.body.size === 0 && !current.bodyTextProblem
      if (empty) {
        store.replaceBody(body)
        setPending(null)
      } else setPending({ kind: 'confirm', fileName, body, fromGraph, fromTarget })
      return empty
    },
    [store],
  )

  const importFile = useCallback(
    (file: File) => {
      if (file.size > MAX_IMPORT_BYTES) {
        setPending({
          kind: 'problem',
          message: `${file.name} is ${(file.size / 1024 / 1024).toFixed(0)} MB; a session is at most 4 MB.`,
        })
        return
      }
      // The interpreter (and the draft migrations) load with the first file.
      void Promise.all([file.text(), import('./interpret-json-file.ts')]).then(
        ([text, { interpretJsonFile }]) => {
          const result = interpretJsonFile(text, file.name)
          if (result.kind === 'problem') setPending({ kind: 'problem', message: result.message })
          else if (result.kind === 'list')
            setPending({ kind: 'pick', fileName: file.name, sessions: result.sessions })
          else if (result.kind === 'session') offer(file.name, result.body, result.fromGraph)
          else {
            setPending(null)
            void drafts.openRecord(result.record, result.record.name)
          }
        },
        (error: unknown) => {
          setPending({
            kind: 'problem',
            message: `${file.name} could not be read: ${error instanceof Error ? error.message : String(error)}`,
          })
        },
      )
    },
    [drafts, offer],
  )

  const replaceBody = (body: JsonObject) => {
    store.replaceBody(body)
    setPending(null)
  }

  const openAsNewDraft = (fileName: string, body: JsonObject) => {
    const state = { ...store.getState(), body, bodyText: null, bodyTextProblem: null }
    const name = fileName.replace(/\.json$/i, '')
    setPending(null)
    void import('#src/features/draft-library/draft-codec.ts').then(({ encodeDraft }) =>
      drafts.openRecord(encodeDraft(state, { name, savedAt: new Date() }), name),
    )
  }

  return { pending, setPending, importFile, offer, replaceBody, openAsNewDraft }
}
