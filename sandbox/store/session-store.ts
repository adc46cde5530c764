import { z } from 'zod'
import type { Db } from './database.ts'
import { summaryOf } from './session-summary.ts'

const row = z
  .object({ seq: z.number(), session_id: z.string(), text: z.string() })
  .transform(({ seq, session_id, text }) => ({ seq, sessionId: session_id, body: text }))

const rowSizes = z.array(z.object({ seq: z.number(), bytes: z.number() }))

export interface StoredSession {
  seq: number
  sessionId: string
  /**
   * The session exactly as the API returned it, without the response-only `@odata.context`; without its
   * `segments` unless they were asked for.
   */
  body: string
}

export interface SessionPage {
  items: StoredSession[]
  /** The `seq` to continue after, when more sessions remain. */
  nextAfter: number | undefined
}

export interface PageRequest {
  /** At most this many sessions… */
  size: number
  /** …and no more UTF-8 bytes of session text than this, except that a page always holds one session. */
  maxBytes: number
  before?: number
  withSegments: boolean
}

/** A session stored or deleted, told to whoever derives something from the sessions (call records). */
export type SessionChange =
  | { kind: 'added'; callRecordId: string; sessionId: string; body: string }
  | { kind: 'removed'; callRecordId: string; sessionId: string }

/**
 * Sessions by call record, newest first. Bodies are kept as text so nothing is reformatted or rounded, and
 * each with its summary (the text without segments), so that no read ever parses a stored body.
 */
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
        `INSERT INTO sessions (call_record_id, session_id, body, summary, created_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (call_record_id, session_id) DO NOTHING`,
      )
      .run(callRecordId, sessionId, body, summaryOf(body), new Date().toISOString())
    if (result.changes === 1) this.tell({ kind: 'added', callRecordId, sessionId, body })
    return result.changes === 1
  }

  get(callRecordId: string, sessionId: string, withSegments: boolean): StoredSession | undefined {
    const found: unknown = this.db
      .prepare(
        `SELECT seq, session_id, ${textColumn(withSegments)} AS text FROM sessions
         WHERE call_record_id = ? AND session_id = ?`,
      )
      .get(callRecordId, sessionId)
    return found === undefined ? undefined : row.parse(found)
  }

  /**
   * One page: its extent is worked out from the sizes of the rows (SQLite measures them; nothing reaches
   * JavaScript), then exactly those rows are read, one at a time.
   */
  list(callRecordId: string, page: PageRequest): SessionPage {
    const column = textColumn(page.withSegments)
    const sizes = rowSizes.parse(
      this.db
        .prepare(
          `SELECT seq, octet_length(${column}) AS bytes FROM sessions WHERE call_record_id = ? AND seq < ?
           ORDER BY seq DESC LIMIT ?`,
        )
        .all(callRecordId, page.before ?? Number.MAX_SAFE_INTEGER, page.size + 1),
    )
    let included = 0
    let bytes = 0
    for (const size of sizes) {
      if (included === page.size || (included > 0 && bytes + size.bytes > page.maxBytes)) break
      included++
      bytes += size.bytes
    }
    const first = sizes[0]
    const last = sizes[included - 1]
    if (!first || !last) return { items: [], nextAfter: undefined }
    const rows = this.db
      .prepare(
        `SELECT seq, session_id, ${column} AS text FROM sessions
         WHERE call_record_id = ? AND seq <= ? AND seq >= ? ORDER BY seq DESC`,
      )
      .all(callRecordId, first.seq, last.seq)
    return {
      items: rows.map((found) => row.parse(found)),
      nextAfter: included < sizes.length ? last.seq : undefined,
    }
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

function textColumn(withSegments: boolean): string {
  return withSegments ? 'body' : 'summary'
}
