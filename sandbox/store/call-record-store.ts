import { z } from 'zod'
import { addSession, EMPTY_SUMMARY, summarySchema, type CallRecordSummary } from './call-record-summary.ts'
import type { Db } from './database.ts'

export interface StoredCallRecord {
  id: string
  version: number
  sessionCount: number
  summary: CallRecordSummary
  createdAt: string
  lastModified: string
}

/** What a change to the sessions did to their call record; `created` is its first session. */
export interface CallRecordChange {
  callRecordId: string
  version: number
  change: 'created' | 'updated' | 'emptied'
}

export interface CallRecordFilter {
  startFrom?: { ms: number; inclusive: boolean }
  startUntil?: { ms: number; inclusive: boolean }
  participantId?: string
}

export interface CallRecordPage {
  items: StoredCallRecord[]
  /** Where the next page starts, when there is one. */
  next: CallRecordCursor | undefined
}

export interface CallRecordCursor {
  key: number
  row: number
}

const row = z.object({
  rowid: z.number(),
  id: z.string(),
  version: z.number(),
  session_count: z.number(),
  summary: z.string(),
  created_at: z.string(),
  last_modified: z.string(),
})
const sessionRow = z.object({ seq: z.number(), body: z.string() })
const countRow = z.object({ call_record_id: z.string(), n: z.number(), last: z.number() })

/**
 * Call records as Graph serves them, derived from their stored sessions and kept beside them: a version that
 * goes up with every session added or removed, and the summary (span, modalities, participants) folded in
 * one session at a time, so a record with hundreds of sessions is never re-read on each insert.
 */
export class CallRecordStore {
  constructor(private readonly db: Db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS call_records (
        id TEXT PRIMARY KEY,
        version INTEGER NOT NULL,
        session_count INTEGER NOT NULL,
        last_seq INTEGER NOT NULL,
        sort_key INTEGER NOT NULL,
        participant_ids TEXT NOT NULL,
        summary TEXT NOT NULL,
        created_at TEXT NOT NULL,
        last_modified TEXT NOT NULL
      );
      CREATE INDEX IF NOT EXISTS call_records_sort ON call_records (sort_key DESC);
    `)
  }

  sessionAdded(callRecordId: string, body: string): CallRecordChange {
    const existing = this.find(callRecordId)
    const first = !existing || existing.session_count === 0
    const summary = addSession(first ? EMPTY_SUMMARY : this.summaryOf(existing), body)
    const version = (existing?.version ?? 0) + 1
    this.write(callRecordId, version, (existing?.session_count ?? 0) + 1, summary)
    return { callRecordId, version, change: first ? 'created' : 'updated' }
  }

  /** Re-read from the remaining sessions: a removal can undo any part of the summary. */
  sessionRemoved(callRecordId: string): CallRecordChange | undefined {
    const existing = this.find(callRecordId)
    if (!existing) return undefined
    const { summary, count } = this.rebuild(callRecordId)
    const version = existing.version + 1
    this.write(callRecordId, version, count, summary)
    return { callRecordId, version, change: count === 0 ? 'emptied' : 'updated' }
  }

  get(callRecordId: string): StoredCallRecord | undefined {
    const found = this.find(callRecordId)
    return found && found.session_count > 0 ? this.toRecord(found) : undefined
  }

  /** Newest start first; records without a start come last. */
  list(filter: CallRecordFilter, pageSize: number, after?: CallRecordCursor): CallRecordPage {
    const where = ['session_count > 0']
    const args: (string | number)[] = []
    if (filter.startFrom) {
      where.push(`sort_key ${filter.startFrom.inclusive ? '>=' : '>'} ?`)
      args.push(filter.startFrom.ms)
    }
    if (filter.startUntil) {
      where.push(`sort_key >= 0 AND sort_key ${filter.startUntil.inclusive ? '<=' : '<'} ?`)
      args.push(filter.startUntil.ms)
    }
    if (filter.participantId !== undefined) {
      where.push('EXISTS (SELECT 1 FROM json_each(participant_ids) WHERE value = ?)')
      args.push(filter.participantId)
    }
    if (after) {
      where.push('(sort_key < ? OR (sort_key = ? AND rowid < ?))')
      args.push(after.key, after.key, after.row)
    }
    const rows: unknown[] = this.db
      .prepare(
        `SELECT rowid, id, version, session_count, summary, created_at, last_modified, sort_key FROM call_records
         WHERE ${where.join(' AND ')} ORDER BY sort_key DESC, rowid DESC LIMIT ?`,
      )
      .all(...args, pageSize + 1)
    const parsed = rows.map((found) => row.extend({ sort_key: z.number() }).parse(found))
    const items = parsed.slice(0, pageSize)
    const last = items.at(-1)
    return {
      items: items.map((found) => this.toRecord(found)),
      next: parsed.length > pageSize && last ? { key: last.sort_key, row: last.rowid } : undefined,
    }
  }

  /**
   * Brings the records in line with the sessions table at start-up: sessions stored before this table
   * existed, or a stop between a session's insert and its record's update. Versions only ever go up.
   */
  reconcile(): number {
    const counts = this.db
      .prepare('SELECT call_record_id, count(*) AS n, max(seq) AS last FROM sessions GROUP BY call_record_id')
      .all()
      .map((found) => countRow.parse(found))
    const known = new Map(
      this.db
        .prepare('SELECT id, session_count, last_seq FROM call_records')
        .all()
        .map((found) => {
          const parsed = z
            .object({ id: z.string(), session_count: z.number(), last_seq: z.number() })
            .parse(found)
          return [parsed.id, parsed] as const
        }),
    )
    let fixed = 0
    const present = new Set<string>()
    for (const { call_record_id: id, n, last } of counts) {
      present.add(id)
      const record = known.get(id)
      if (record?.session_count === n && record.last_seq === last) continue
      const { summary } = this.rebuild(id)
      this.write(id, (this.find(id)?.version ?? 0) + 1, n, summary)
      fixed++
    }
    for (const [id, record] of known) {
      if (record.session_count > 0 && !present.has(id)) {
        this.write(id, (this.find(id)?.version ?? 0) + 1, 0, EMPTY_SUMMARY)
        fixed++
      }
    }
    return fixed
  }

  private rebuild(callRecordId: string): { summary: CallRecordSummary; count: number } {
    let summary = EMPTY_SUMMARY
    let count = 0
    for (const found of this.db
      .prepare('SELECT seq, body FROM sessions WHERE call_record_id = ? ORDER BY seq')
      .iterate(callRecordId)) {
      summary = addSession(summary, sessionRow.parse(found).body)
      count++
    }
    return { summary, count }
  }

  private write(callRecordId: string, version: number, count: number, summary: CallRecordSummary): void {
    const now = new Date().toISOString()
    const lastSeq = z
      .object({ last: z.number().nullable() })
      .parse(
        this.db.prepare('SELECT max(seq) AS last FROM sessions WHERE call_record_id = ?').get(callRecordId),
      )
    this.db
      .prepare(
        `INSERT INTO call_records (id, version, session_count, last_seq, sort_key, participant_ids, summary, created_at, last_modified)
         VALUES (@id, @version, @count, @lastSeq, @sortKey, @participants, @summary, @now, @now)
         ON CONFLICT (id) DO UPDATE SET version = @version, session_count = @count, last_seq = @lastSeq,
           sort_key = @sortKey, participant_ids = @participants, summary = @summary, last_modified = @now,
           created_at = CASE WHEN call_records.session_count = 0 THEN @now ELSE call_records.created_at END`,
      )
      .run({
        id: callRecordId,
        version,
        count,
        lastSeq: lastSeq.last ?? 0,
        sortKey: summary.start?.ms ?? -1,
        participants: JSON.stringify(summary.participants.map((p) => p.id)),
        summary: JSON.stringify(summary),
        now,
      })
  }

  private find(callRecordId: string): z.infer<typeof row> | undefined {
    const found: unknown = this.db
      .prepare(
        'SELECT rowid, id, version, session_count, summary, created_at, last_modified FROM call_records WHERE id = ?',
      )
      .get(callRecordId)
    return found === undefined ? undefined : row.parse(found)
  }

  private summaryOf(found: z.infer<typeof row>): CallRecordSummary {
    return summarySchema.parse(JSON.parse(found.summary))
  }

  private toRecord(found: z.infer<typeof row>): StoredCallRecord {
    return {
      id: found.id,
      version: found.version,
      sessionCount: found.session_count,
      summary: this.summaryOf(found),
      createdAt: found.created_at,
      lastModified: found.last_modified,
    }
  }
}
