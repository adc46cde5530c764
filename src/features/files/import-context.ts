import { createContext, use } from 'react'

export interface FileImport {
  /** Opens the browser's file picker. */
  pick: () => void
  importFile: (file: File) => void
}

export const ImportContext = createContext<FileImport | null>(null)

export function useFileImport(): FileImport {
  const fileImport = use(ImportContext)
  if (!fileImport) throw new Error('useFileImport needs an <ImportProvider>')
  return fileImport
}
