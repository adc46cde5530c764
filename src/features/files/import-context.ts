import { createContext, use } from 'react'
import type { JsonObject } from '#src/lib/json/json-value.ts'

export interface FileImport {
  /** Opens the browser's file picker. */
  pick: () => void
  importFile: (file: File) => void
  /**
   * A session from elsewhere (stored on the target): it replaces an empty body at once; otherwise the user
   * chooses between replacing the body (Undo brings it back) and opening it as a new draft. True when it
   * replaced the body at once.
   */
  openSession: (name: string, body: JsonObject) => boolean
}

export const ImportContext = createContext<FileImport | null>(null)

export function useFileImport(): FileImport {
  const fileImport = use(ImportContext)
  if (!fileImport) throw new Error('useFileImport needs an <ImportProvider>')
  return fileImport
}
