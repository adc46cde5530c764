import { join } from 'node:path'
import Database from 'better-sqlite3'

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
  return db
}
