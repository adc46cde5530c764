import { z } from 'zod'
import type { DraftRecord } from './draft-record.ts'
import { summaryOf, type DraftRepository, type DraftSummary, type ListedDraft } from './draft-repository.ts'
import { openDatabase, requestResult, transactionDone } from './indexed-db.ts'
import { migrateDraftRecord } from './migrate-draft-record.ts'

const DATABASE = 'session-composer.drafts'
const RECORDS = 'drafts'
const SUMMARIES = 'summaries'
const META = 'meta'
const CURRENT = 'current'

const storedSummary = z.object({
  id: z.string(),
  name: z.string(),
  savedAt: z.string(),
  parameterSet: z.enum(['CreateExpanded', 'Create', 'CreateViaIdentity', 'CreateViaIdentityExpanded']),
  callRecordId: z.string(),
  size: z.number(),
}) satisfies z.ZodType<DraftSummary>

/**
 * Drafts in IndexedDB: whole records in one store, their summaries in another (written in the same
 * transaction) so the list never reads bodies. The database handle is opened once and kept, so a save
 * started from `pagehide` begins its transaction synchronously.
 */
export async function openIdbDraftRepository(): Promise<DraftRepository> {
  const db = await openDatabase(DATABASE, 1, (database) => {
    database.createObjectStore(RECORDS)
    database.createObjectStore(SUMMARIES)
    database.createObjectStore(META)
  })
  const store = (name: string, mode: IDBTransactionMode = 'readonly') =>
    db.transaction(name, mode).objectStore(name)
  return {
    async list() {
      const summaries = store(SUMMARIES)
      const [keys, values] = await Promise.all([
        requestResult(summaries.getAllKeys()),
        requestResult(summaries.getAll()),
      ])
      const ids = z.array(z.string()).catch([]).parse(keys)
      const items: unknown[] = Array.isArray(values) ? values : []
      return ids.map((id, index): ListedDraft => {
        const parsed = storedSummary.safeParse(items[index])
        return parsed.success
          ? { ok: true, summary: { ...parsed.data, id } }
          : { ok: false, id, problem: 'Its summary is damaged; it may still open.' }
      })
    },
    async read(id) {
      const stored = await requestResult(store(RECORDS).get(id))
      if (stored === undefined) return { ok: false, missing: true, problem: 'This draft no longer exists.' }
      return migrateDraftRecord(stored)
    },
    write(id, record: DraftRecord) {
      const transaction = db.transaction([RECORDS, SUMMARIES], 'readwrite')
      transaction.objectStore(RECORDS).put(record, id)
      transaction.objectStore(SUMMARIES).put(summaryOf(id, record), id)
      return transactionDone(transaction)
    },
    remove(id) {
      const transaction = db.transaction([RECORDS, SUMMARIES], 'readwrite')
      transaction.objectStore(RECORDS).delete(id)
      transaction.objectStore(SUMMARIES).delete(id)
      return transactionDone(transaction)
    },
    async currentId() {
      const id = await requestResult(store(META).get(CURRENT))
      return typeof id === 'string' ? id : null
    },
    setCurrentId(id) {
      const transaction = db.transaction(META, 'readwrite')
      transaction.objectStore(META).put(id, CURRENT)
      return transactionDone(transaction)
    },
  }
}
