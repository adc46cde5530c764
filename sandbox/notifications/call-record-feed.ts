import { CallRecordStore } from '../store/call-record-store.ts'
import type { Db } from '../store/database.ts'
import type { SessionStore } from '../store/session-store.ts'
import { SubscriptionStore } from '../store/subscription-store.ts'
import { DeliveryQueue, type QueueOptions } from './delivery-queue.ts'

/** Call records derived from the sessions, the subscriptions to them, and the notifications on their way out. */
export interface CallRecordFeed {
  callRecords: CallRecordStore
  subscriptions: SubscriptionStore
  deliveries: DeliveryQueue
  allowedHosts: readonly string[]
  close(): void
}

/**
 * Wires the call records to the session store: every stored or deleted session moves its record's version
 * and queues the notifications, synchronously in the store and without waiting for any webhook.
 */
export function startCallRecordFeed(db: Db, sessions: SessionStore, options: QueueOptions): CallRecordFeed {
  const callRecords = new CallRecordStore(db)
  callRecords.reconcile()
  const subscriptions = new SubscriptionStore(db, options.now)
  const deliveries = new DeliveryQueue(db, subscriptions, options)
  const stop = sessions.onChange((change) => {
    const result =
      change.kind === 'added'
        ? callRecords.sessionAdded(change.callRecordId, change.body)
        : callRecords.sessionRemoved(change.callRecordId)
    if (result) deliveries.publish(result)
  })
  deliveries.start()
  return {
    callRecords,
    subscriptions,
    deliveries,
    allowedHosts: options.allowedHosts,
    close: () => {
      stop()
      deliveries.close()
    },
  }
}
