import type { ParameterSetName } from '#src/features/parameter-sets/parameter-set.ts'
import type { DraftRecord } from './draft-record.ts'

/** What the Drafts list shows without reading a (possibly 4 MB) body. */
export interface DraftSummary {
  id: string
  name: string
  savedAt: string
  parameterSet: ParameterSetName
  callRecordId: string
  /** Characters of the stored body and text: a hint of size. */
  size: number
}

export type ListedDraft = { ok: true; summary: DraftSummary } | { ok: false; id: string; problem: string }

export type ReadDraft =
  | { ok: true; record: DraftRecord; from: number }
  | { ok: false; problem: string }
  | { ok: false; missing: true; problem: string }

/** Where drafts live: IndexedDB in the browser, memory in tests. Records are parsed, never trusted. */
export interface DraftRepository {
  list(): Promise<ListedDraft[]>
  read(id: string): Promise<ReadDraft>
  write(id: string, record: DraftRecord): Promise<void>
  remove(id: string): Promise<void>
  currentId(): Promise<string | null>
  setCurrentId(id: string): Promise<void>
}

export function summaryOf(id: string, record: DraftRecord): DraftSummary {
  const { draft } = record
  return {
    id,
    name: record.name,
    savedAt: record.savedAt,
    parameterSet: draft.parameterSet,
    callRecordId: draft.callRecordId,
    size: (draft.body?.length ?? 0) + (draft.bodyText?.length ?? 0),
  }
}
