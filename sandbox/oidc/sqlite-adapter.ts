import type { Adapter, AdapterPayload } from 'oidc-provider'
import { z } from 'zod'
import type { Db } from '../store/database.ts'

const payloadRow = z.object({ payload: z.string(), expires_at: z.number().nullable() })
const storedPayload = z.record(z.string(), z.unknown())

/**
 * oidc-provider's storage in the sandbox database, so sign-in sessions, grants and refresh tokens survive a
 * restart of `npm start` (the built-in store is in memory and would sign everyone out).
 */
export function sqliteAdapter(db: Db): new (model: string) => Adapter {
  const now = () => Math.floor(Date.now() / 1000)
  const upsertRow = db.prepare(
    `INSERT INTO oidc_models (model, id, payload, grant_id, user_code, uid, expires_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (model, id) DO UPDATE SET payload = excluded.payload, grant_id = excluded.grant_id,
       user_code = excluded.user_code, uid = excluded.uid, expires_at = excluded.expires_at`,
  )
  const read = (where: string, ...args: string[]) => {
    const found: unknown = db
      .prepare(`SELECT payload, expires_at FROM oidc_models WHERE ${where}`)
      .get(...args)
    if (found === undefined) return undefined
    const row = payloadRow.parse(found)
    if (row.expires_at !== null && row.expires_at <= now()) return undefined
    const payload: AdapterPayload = storedPayload.parse(JSON.parse(row.payload))
    return payload
  }
  db.prepare('DELETE FROM oidc_models WHERE expires_at IS NOT NULL AND expires_at <= ?').run(now())

  return class SqliteAdapter implements Adapter {
    constructor(private readonly model: string) {}

    upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
      upsertRow.run(
        this.model,
        id,
        JSON.stringify(payload),
        payload.grantId ?? null,
        payload.userCode ?? null,
        payload.uid ?? null,
        expiresIn ? now() + expiresIn : null,
      )
      return Promise.resolve()
    }

    find(id: string): Promise<AdapterPayload | undefined> {
      return Promise.resolve(read('model = ? AND id = ?', this.model, id))
    }

    findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
      return Promise.resolve(read('model = ? AND user_code = ?', this.model, userCode))
    }

    findByUid(uid: string): Promise<AdapterPayload | undefined> {
      return Promise.resolve(read('model = ? AND uid = ?', this.model, uid))
    }

    consume(id: string): Promise<void> {
      db.prepare(
        `UPDATE oidc_models SET payload = json_set(payload, '$.consumed', ?) WHERE model = ? AND id = ?`,
      ).run(now(), this.model, id)
      return Promise.resolve()
    }

    destroy(id: string): Promise<void> {
      db.prepare('DELETE FROM oidc_models WHERE model = ? AND id = ?').run(this.model, id)
      return Promise.resolve()
    }

    revokeByGrantId(grantId: string): Promise<void> {
      db.prepare('DELETE FROM oidc_models WHERE grant_id = ?').run(grantId)
      return Promise.resolve()
    }
  }
}
