import type { DraftRecord } from '../draft-record.ts'
import { summaryOf, type DraftRepository } from '../draft-repository.ts'
import { migrateDraftRecord } from '../migrate-draft-record.ts'

/** The repository in memory, storing structured clones as IndexedDB does; `raw` lets a test damage a record. */
export function createMemoryDraftRepository(): DraftRepository & {
  raw: Map<string, unknown>
  writes: number
} {
  const raw = new Map<string, unknown>()
  let current: string | null = null
  const repository = {
    raw,
    writes: 0,
    list: () =>
      Promise.resolve(
        [...raw].map(([id, stored]) => {
          const migrated = migrateDraftRecord(stored)
          return migrated.ok
            ? { ok: true as const, summary: summaryOf(id, migrated.record) }
            : { ok: false as const, id, problem: migrated.problem }
        }),
      ),
    read: (id: string) =>
      Promise.resolve(
        raw.has(id)
          ? migrateDraftRecord(raw.get(id))
          : { ok: false as const, missing: true as const, problem: 'This draft no longer exists.' },
      ),
    write: (id: string, record: DraftRecord) => {
      repository.writes++
      raw.set(id, structuredClone(record))
      return Promise.resolve()
    },
    remove: (id: string) => {
      raw.delete(id)
      return Promise.resolve()
    },
    currentId: () => Promise.resolve(current),
    setCurrentId: (id: string) => {
      current = id
      return Promise.resolve()
    },
  }
  return repository
}
