import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import type { Db } from './database.ts'

export interface Subscription {
  id: string
  /** The creator's `oid`: subscriptions are seen and changed by their creator only. */
  owner: string
  tenantId: string
  applicationId: string
  resource: string
  changeType: string
  notificationUrl: string
  clientState: string | null
  lifecycleNotificationUrl: string | null
  latestSupportedTlsVersion: string
  expirationDateTime: string
}

export type NewSubscription = Omit<Subscription, 'id'>

const row = z
  .object({
    id: z.string(),
    owner: z.string(),
    tenant_id: z.string(),
    application_id: z.string(),
    resource: z.string(),
    change_type: z.string(),
    notification_url: z.string(),
    client_state: z.string().nullable(),
    lifecycle_notification_url: z.string().nullable(),
    latest_tls: z.string(),
    expiration: z.string(),
  })
  .transform((r): Subscription => ({
    id: r.id,
    owner: r.owner,
    tenantId: r.tenant_id,
    applicationId: r.application_id,
    resource: r.resource,
    changeType: r.change_type,
    notificationUrl: r.notification_url,
    clientState: r.client_state,
    lifecycleNotificationUrl: r.lifecycle_notification_url,
    latestSupportedTlsVersion: r.latest_tls,
    expirationDateTime: r.expiration,
  }))

const COLUMNS =
  'id, owner, tenant_id, application_id, resource, change_type, notification_url, client_state, lifecycle_notification_url, latest_tls, expiration'

/** Change-notification subscriptions, kept in SQLite so they survive a restart; expired ones are dropped. */
export class SubscriptionStore {
  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS subscriptions (
        id TEXT PRIMARY KEY,
        owner TEXT NOT NULL,
        tenant_id TEXT NOT NULL,
        application_id TEXT NOT NULL,
        resource TEXT NOT NULL,
        change_type TEXT NOT NULL,
        notification_url TEXT NOT NULL,
        client_state TEXT,
        lifecycle_notification_url TEXT,
        latest_tls TEXT NOT NULL,
        expiration TEXT NOT NULL,
        expiration_ms INTEGER NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX IF NOT EXISTS subscriptions_owner ON subscriptions (owner);
    `)
  }

  create(subscription: NewSubscription): Subscription {
    const created = { id: randomUUID(), ...subscription }
    this.db
      .prepare(
        `INSERT INTO subscriptions (${COLUMNS}, expiration_ms, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        created.id,
        created.owner,
        created.tenantId,
        created.applicationId,
        created.resource,
        created.changeType,
        created.notificationUrl,
        created.clientState,
        created.lifecycleNotificationUrl,
        created.latestSupportedTlsVersion,
        created.expirationDateTime,
        Date.parse(created.expirationDateTime),
        new Date(this.now()).toISOString(),
      )
    return created
  }

  /** A live subscription of this owner. */
  get(owner: string, id: string): Subscription | undefined {
    this.dropExpired()
    const found: unknown = this.db
      .prepare(`SELECT ${COLUMNS} FROM subscriptions WHERE id = ? AND owner = ?`)
      .get(id, owner)
    return found === undefined ? undefined : row.parse(found)
  }

  /** Any live subscription, for delivering to it. */
  find(id: string): Subscription | undefined {
    const found: unknown = this.db
      .prepare(`SELECT ${COLUMNS} FROM subscriptions WHERE id = ? AND expiration_ms > ?`)
      .get(id, this.now())
    return found === undefined ? undefined : row.parse(found)
  }

  list(owner: string): Subscription[] {
    this.dropExpired()
    return this.db
      .prepare(`SELECT ${COLUMNS} FROM subscriptions WHERE owner = ? ORDER BY created_at, id`)
      .all(owner)
      .map((found) => row.parse(found))
  }

  /** Every live subscription to the call records. */
  live(): Subscription[] {
    return this.db
      .prepare(`SELECT ${COLUMNS} FROM subscriptions WHERE expiration_ms > ? ORDER BY created_at, id`)
      .all(this.now())
      .map((found) => row.parse(found))
  }

  count(owner: string): number {
    this.dropExpired()
    return z
      .object({ n: z.number() })
      .parse(this.db.prepare('SELECT count(*) AS n FROM subscriptions WHERE owner = ?').get(owner)).n
  }

  update(
    owner: string,
    id: string,
    changes: { expirationDateTime?: string; notificationUrl?: string },
  ): Subscription | undefined {
    const current = this.get(owner, id)
    if (!current) return undefined
    const next = { ...current, ...changes }
    this.db
      .prepare(
        'UPDATE subscriptions SET expiration = ?, expiration_ms = ?, notification_url = ? WHERE id = ?',
      )
      .run(next.expirationDateTime, Date.parse(next.expirationDateTime), next.notificationUrl, id)
    return next
  }

  delete(owner: string, id: string): boolean {
    return (
      this.db.prepare('DELETE FROM subscriptions WHERE id = ? AND owner = ?').run(id, owner).changes === 1
    )
  }

  /** Graph removes a subscription once it expires; so does the sandbox, whenever it looks. */
  private dropExpired(): void {
    this.db.prepare('DELETE FROM subscriptions WHERE expiration_ms <= ?').run(this.now())
  }
}
