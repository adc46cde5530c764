import { join } from 'node:path'
import Database from 'better-sqlite3'
import { z } from 'zod'
import { summaryOf } from './session-summary.ts'

export type Db = Database.Database

/** `<dataDir>/sandbox.db`: the sessions the sandbox API stores and the sign-in server's grants and sessions. */
export function openDatabase(dataDir: string): Db {
  const db = new Database(join(dataDir, 'sandbox.db'))
  db.pragma('journal_mode = WAL')
  db.pragma('busy_timeout = 2000')
  db.exec(`
    CREATE TABLE IF NOT EXISTS sessions (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      call_record_id TEXT NOT NULL,
      session_id TEXT NOT NULL,
      body TEXT NOT NULL,
      summary TEXT,
      created_at TEXT NOT NULL,
      UNIQUE (call_record_id, session_id)
    );
    CREATE TABLE IF NOT EXISTS oidc_models (
      model TEXT NOT NULL,
      id TEXT NOT NULL,
      payload TEXT NOT NULL,
      grant_id TEXT,
      user_code TEXT,
      uid TEXT,
      expires_at INTEGER,
      PRIMARY KEY (model, id)
    );
    CREATE INDEX IF NOT EXISTS oidc_models_grant ON oidc_models (grant_id);
    CREATE INDEX IF NOT EXISTS oidc_models_uid ON oidc_models (uid);
  `)
  addSummaries(db)
  return db
}

const columns = z.array(z.object({ name: z.string() }))
const pending = z.array(z.object({ seq: z.number() }))
const stored = z.object({ body: z.string() })

/** Databases from before summaries were kept get them once, a row at a time. */
function addSummaries(db: Db): void {
  const names = columns.parse(db.prepare('PRAGMA table_info(sessions)').all()).map((column) => column.name)
  if (!names.includes('summary')) db.exec('ALTER TABLE sessions ADD COLUMN summary TEXT')
  const read = db.prepare('SELECT body FROM sessions WHERE seq = ?')
  const write = db.prepare('UPDATE sessions SET summary = ? WHERE seq = ?')
  for (const { seq } of pending.parse(db.prepare('SELECT seq FROM sessions WHERE summary IS NULL').all())) {
    write.run(summaryOf(stored.parse(read.get(seq)).body), seq)
  }
}
