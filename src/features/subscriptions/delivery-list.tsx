import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components'
import type { Delivery } from '#src/features/graph/subscriptions.ts'

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'grid', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  mono: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
  hint: { color: tokens.colorNeutralForeground2 },
})

const SHOWN = 10

/** The latest notifications to the user's webhooks: what changed, and whether the webhook took it. */
export function DeliveryList({ deliveries }: { deliveries: readonly Delivery[] }) {
  const styles = useStyles()
  if (deliveries.length === 0) {
    return (
      <Text size={200} className={styles.hint}>
        No notifications sent yet: send a session and its call record is notified here.
      </Text>
    )
  }
  return (
    <ul className={styles.list} aria-label="Latest deliveries">
      {deliveries.slice(0, SHOWN).map((d) => (
        <li key={d.id} className={styles.item}>
          <Badge
            appearance="tint"
            color={d.status === 'delivered' ? 'success' : d.status === 'failed' ? 'danger' : 'warning'}
          >
            {d.status}
          </Badge>{' '}
          <Text size={200}>
            {d.changeType} <span className={styles.mono}>{d.callRecordId}</span> (version {d.version})
          </Text>{' '}
          <Text size={200} className={styles.hint}>
            {detail(d)}
          </Text>
        </li>
      ))}
    </ul>
  )
}

function detail(d: Delivery): string {
  const time = new Date(d.createdDateTime).toLocaleTimeString()
  const answer = d.lastStatus === null ? '' : `, answered ${d.lastStatus}`
  if (d.status === 'delivered') return `${time}, in ${d.latencyMs ?? '?'} ms${answer}`
  const tries = `${d.attempts} ${d.attempts === 1 ? 'attempt' : 'attempts'}`
  return `${time}, ${tries}${answer}${d.lastError ? `: ${d.lastError}` : ''}`
}
