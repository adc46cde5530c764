import type { CallRecordChange } from '../store/call-record-store.ts'
import type { Subscription } from '../store/subscription-store.ts'

/**
 * A change notification as Graph's call-records page shows it: `resource` and `@odata.id` without a leading
 * slash, and `@odata.type` spelled `#Microsoft.Graph.callrecord`, exactly as in that example.
 */
export function notificationBody(subscription: Subscription, change: CallRecordChange): string {
  const path = `communications/callRecords/${change.callRecordId}`
  return JSON.stringify({
    value: [
      {
        subscriptionId: subscription.id,
        clientState: subscription.clientState,
        changeType: change.change,
        resource: path,
        subscriptionExpirationDateTime: subscription.expirationDateTime,
        resourceData: {
          '@odata.type': '#Microsoft.Graph.callrecord',
          '@odata.id': path,
          id: change.callRecordId,
        },
        tenantId: subscription.tenantId,
      },
    ],
  })
}
