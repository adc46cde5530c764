import { z } from 'zod'
import type { Db } from './database.ts'

const row = z
  .object({ seq: z.number(), session_id: z.string(), body: z.string() })
  .transform(({ seq, session_id, body }) => ({ seq, sessionId: session_id, body }))

export interface StoredSession {
  seq: number
  sessionId: string
  /** The session exactly as the API returned it, without the response-only `@odata.context`. */
  body: string
}

export interface SessionPage {
  items: StoredSession[]
  /** The `seq` to continue after, when more sessions remain. */
  nextAfter: number | undefined
}

/** A session stored or deleted, told to whoever derives something from the sessions (call records). */
export type SessionChange =
  | { kind: 'added'; callRecordId: string; sessionId: string; body: string }
  | { kind: 'removed'; callRecordId: string; sessionId: string }

/** Sessions by call record, newest first. Bodies are kept as text so nothing is reformatted or rounded. */
export class SessionStore {
  private readonly listeners = new Set<(change: SessionChange) => void>()

  constructor(private readonly db: Db) {}

  /** Called synchronously after each stored or deleted session; returns the unsubscribe. */
  onChange(listener: (change: SessionChange) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private tell(change: SessionChange): void {
    for (const listener of this.listeners) listener(change)
  }

  /** False when the call record already has a session with this id. */
  insert(callRecordId: string, sessionId: string, body: string): boolean {
    const result = this.db
      .prepare(
        `INSERT INTO sessions (call_record_id, session_id, body, created_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (call_record_id, session_id) DO NOTHING`,
      )
      .run(callRecordId, sessionId, body, new Date().toISOString())
    if (result.changes === 1) this.tell({ kind: 'added', callRecordId, sessionId, body })
    return result.changes === 1
  }

  get(callRecordId: string, sessionId: string): StoredSession | undefined {
    const found: unknown = this.db
      .prepare('SELECT seq, session_id, body FROM sessions WHERE call_record_id = ? AND session_id = ?')
      .get(callRecordId, sessionId)
    return found === undefined ? undefined : row.parse(found)
  }

  list(callRecordId: string, pageSize: number, before = Number.MAX_SAFE_INTEGER): SessionPage {
    const rows: unknown[] = this.db
      .prepare(
        `SELECT seq, session_id, body FROM sessions WHERE call_record_id = ? AND seq < ?
         ORDER BY seq DESC LIMIT ?`,
      )
      .all(callRecordId, before, pageSize + 1)
    const items = rows.slice(0, pageSize).map((found) => row.parse(found))
    return { items, nextAfter: rows.length > pageSize ? items.at(-1)?.seq : undefined }
  }

  delete(callRecordId: string, sessionId: string): boolean {
    const deleted =
      this.db
        .prepare('DELETE FROM sessions WHERE call_record_id = ? AND session_id = ?')
        .run(callRecordId, sessionId).changes === 1
    if (deleted) this.tell({ kind: 'removed', callRecordId, sessionId })
    return deleted
  }

  count(): number {
    return z.object({ n: z.number() }).parse(this.db.prepare('SELECT count(*) AS n FROM sessions').get()).n
  }
}
