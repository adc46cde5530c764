import { z } from 'zod'
import type { CallRecordChange } from '../store/call-record-store.ts'
import type { Db } from '../store/database.ts'
import type { Subscription, SubscriptionStore } from '../store/subscription-store.ts'
import { resolveDestination } from './destination.ts'
import { notificationBody } from './notification-body.ts'
import { postWebhook, type WebhookAnswer } from './webhook-request.ts'

/** Waits before the 2nd, 3rd, … attempt: about two minutes in all, then the delivery is given up. */
export const RETRY_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 60_000] as const
/** Graph wants an answer within seconds; a receiver that takes longer is counted as failed. */
export const DELIVERY_TIMEOUT_MS = 10_000
/** Notifications waiting at once; beyond this new ones are dropped (and shown as such), never queued. */
export const MAX_PENDING = 500
/** Finished deliveries kept for the Subscriptions panel. */
export const KEEP_FINISHED = 200

export interface Delivery {
  id: number
  subscriptionId: string
  changeType: string
  callRecordId: string
  version: number
  notificationUrl: string
  status: 'pending' | 'delivered' | 'failed'
  attempts: number
  lastStatus: number | null
  lastError: string | null
  createdAt: number
  finishedAt: number | null
}

export interface QueueOptions {
  allowedHosts: readonly string[]
  retryDelaysMs?: readonly number[]
  now?: () => number
}

const row = z
  .object({
    id: z.number(),
    subscription_id: z.string(),
    change_type: z.string(),
    call_record_id: z.string(),
    version: z.number(),
    notification_url: z.string(),
    status: z.enum(['pending', 'delivered', 'failed']),
    attempts: z.number(),
    last_status: z.number().nullable(),
    last_error: z.string().nullable(),
    created_at: z.number(),
    finished_at: z.number().nullable(),
  })
  .transform((r): Delivery => ({
    id: r.id,
    subscriptionId: r.subscription_id,
    changeType: r.change_type,
    callRecordId: r.call_record_id,
    version: r.version,
    notificationUrl: r.notification_url,
    status: r.status,
    attempts: r.attempts,
    lastStatus: r.last_status,
    lastError: r.last_error,
    createdAt: r.created_at,
    finishedAt: r.finished_at,
  }))
const due = z.object({
  id: z.number(),
  subscription_id: z.string(),
  payload: z.string(),
  attempts: z.number(),
})

/**
 * Change notifications on their way out: written to SQLite when a call record changes (so they survive a
 * restart), then POSTed in the background, one at a time per subscription and in order, retried with
 * growing waits. Nothing here ever runs inside the request that caused the change.
 */
export class DeliveryQueue {
  private timer: NodeJS.Timeout | undefined
  private readonly busy = new Set<string>()
  private closed = false
  private readonly listeners = new Set<(delivery: Delivery) => void>()
  private readonly retryDelays: readonly number[]
  private readonly now: () => number

  constructor(
    private readonly db: Db,
    private readonly subscriptions: SubscriptionStore,
    private readonly options: QueueOptions,
  ) {
    this.retryDelays = options.retryDelaysMs ?? RETRY_DELAYS_MS
    this.now = options.now ?? Date.now
    db.exec(`
      CREATE TABLE IF NOT EXISTS notification_deliveries (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        subscription_id TEXT NOT NULL,
        owner TEXT NOT NULL,
        change_type TEXT NOT NULL,
        call_record_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        notification_url TEXT NOT NULL,
        payload TEXT NOT NULL,
        status TEXT NOT NULL,
        attempts INTEGER NOT NULL,
        next_attempt_at INTEGER NOT NULL,
        last_status INTEGER,
        last_error TEXT,
        created_at INTEGER NOT NULL,
        finished_at INTEGER
      );
      CREATE INDEX IF NOT EXISTS notification_deliveries_pending ON notification_deliveries (status, subscription_id, id);
    `)
  }

  /** Starts sending what is waiting, including what was waiting when the sandbox stopped. */
  start(): void {
    this.schedule(0)
  }

  /** Queues one notification per live subscription that asked for this kind of change. */
  publish(change: CallRecordChange): void {
    if (change.change === 'emptied' || this.closed) return
    const wanted = this.subscriptions
      .live()
      .filter((s) => s.changeType.split(',').some((type) => type.trim() === change.change))
    if (wanted.length === 0) return
    const now = this.now()
    for (const subscription of wanted) this.insert(subscription, change, now)
    this.schedule(0)
  }

  /** The latest deliveries to this owner's subscriptions, newest first. */
  recent(owner: string, limit = 50): Delivery[] {
    return this.db
      .prepare(
        `SELECT id, subscription_id, change_type, call_record_id, version, notification_url, status, attempts,
           last_status, last_error, created_at, finished_at
         FROM notification_deliveries WHERE owner = ? ORDER BY id DESC LIMIT ?`,
      )
      .all(owner, limit)
      .map((found) => row.parse(found))
  }

  /** Told of every finished attempt (delivered, retried or given up). */
  onAttempt(listener: (delivery: Delivery) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  close(): void {
    this.closed = true
    clearTimeout(this.timer)
  }

  private insert(subscription: Subscription, change: CallRecordChange, now: number): void {
    const pending = z
      .object({ n: z.number() })
      .parse(
        this.db.prepare("SELECT count(*) AS n FROM notification_deliveries WHERE status = 'pending'").get(),
      ).n
    const full = pending >= MAX_PENDING
    this.db
      .prepare(
        `INSERT INTO notification_deliveries (subscription_id, owner, change_type, call_record_id, version,
           notification_url, payload, status, attempts, next_attempt_at, last_error, created_at, finished_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)`,
      )
      .run(
        subscription.id,
        subscription.owner,
        change.change,
        change.callRecordId,
        change.version,
        subscription.notificationUrl,
        notificationBody(subscription, change),
        full ? 'failed' : 'pending',
        now,
        full ? `Dropped: ${MAX_PENDING} notifications were already waiting.` : null,
        now,
        full ? now : null,
      )
  }

  private schedule(delayMs: number): void {
    if (this.closed) return
    clearTimeout(this.timer)
    this.timer = setTimeout(
      () => {
        this.pump()
      },
      Math.max(0, delayMs),
    )
    this.timer.unref()
  }

  /** Starts every due delivery that is first in line for its subscription, then waits for the next one. */
  private pump(): void {
    if (this.closed) return
    const now = this.now()
    const heads = this.db
      .prepare(
        `SELECT d.id, d.subscription_id, d.payload, d.attempts, d.next_attempt_at FROM notification_deliveries d
         WHERE d.id IN (SELECT min(id) FROM notification_deliveries WHERE status = 'pending' GROUP BY subscription_id)`,
      )
      .all()
      .map((found) => due.extend({ next_attempt_at: z.number() }).parse(found))
    let next = Number.POSITIVE_INFINITY
    for (const head of heads) {
      if (this.busy.has(head.subscription_id)) continue
      if (head.next_attempt_at > now) {
        next = Math.min(next, head.next_attempt_at)
        continue
      }
      this.busy.add(head.subscription_id)
      void this.attempt(head).finally(() => {
        this.busy.delete(head.subscription_id)
        this.schedule(0)
      })
    }
    if (Number.isFinite(next)) this.schedule(next - now)
  }

  private async attempt(head: z.infer<typeof due>): Promise<void> {
    const subscription = this.subscriptions.find(head.subscription_id)
    const attempts = head.attempts + 1
    if (!subscription) {
      this.finish(head.id, 'failed', attempts - 1, null, 'The subscription was deleted or has expired.')
      return
    }
    const destination = await resolveDestination(subscription.notificationUrl, this.options.allowedHosts)
    const answer: WebhookAnswer = destination.ok
      ? await postWebhook(destination.destination, {
          body: head.payload,
          contentType: 'application/json; charset=utf-8',
          timeoutMs: DELIVERY_TIMEOUT_MS,
          maxResponseBytes: 64 * 1024,
        })
      : { ok: false, error: destination.message, ms: 0 }
    if (this.closed) return
    const status = answer.ok ? answer.status : null
    if (answer.ok && status !== null && status >= 200 && status < 300) {
      this.finish(head.id, 'delivered', attempts, status, null)
      return
    }
    const error = answer.ok ? `The receiver answered ${answer.status}.` : answer.error
    const wait = this.retryDelays[attempts - 1]
    if (wait === undefined) {
      this.finish(head.id, 'failed', attempts, status, `${error} Given up after ${attempts} attempts.`)
      return
    }
    this.db
      .prepare(
        'UPDATE notification_deliveries SET attempts = ?, next_attempt_at = ?, last_status = ?, last_error = ? WHERE id = ?',
      )
      .run(attempts, this.now() + wait, status, error, head.id)
    this.tell(head.id)
  }

  private finish(
    id: number,
    status: 'delivered' | 'failed',
    attempts: number,
    code: number | null,
    error: string | null,
  ): void {
    this.db
      .prepare(
        'UPDATE notification_deliveries SET status = ?, attempts = ?, last_status = ?, last_error = ?, finished_at = ? WHERE id = ?',
      )
      .run(status, attempts, code, error, this.now(), id)
    this.db
      .prepare(
        `DELETE FROM notification_deliveries WHERE status != 'pending' AND id NOT IN
           (SELECT id FROM notification_deliveries WHERE status != 'pending' ORDER BY id DESC LIMIT ?)`,
      )
      .run(KEEP_FINISHED)
    this.tell(id)
  }

  private tell(id: number): void {
    if (this.listeners.size === 0) return
    const found: unknown = this.db
      .prepare(
        `SELECT id, subscription_id, change_type, call_record_id, version, notification_url, status, attempts,
           last_status, last_error, created_at, finished_at FROM notification_deliveries WHERE id = ?`,
      )
      .get(id)
    if (found === undefined) return
    const delivery = row.parse(found)
    for (const listener of this.listeners) listener(delivery)
  }
}
