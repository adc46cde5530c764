import { Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components'
import { DeleteRegular } from '@fluentui/react-icons'
import { useSnippetStyles } from '#src/components/ui/snippet-styles.ts'
import { useGraph } from '#src/features/graph/graph-context.ts'
import { useDeleteSubscription, useDeliveries, useSubscriptions } from '#src/features/graph/subscriptions.ts'
import { DeliveryList } from './delivery-list.tsx'
import { subscribeSnippet } from './subscribe-snippet.ts'

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  hint: { color: tokens.colorNeutralForeground2 },
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'grid', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  grow: { flex: '1 1 auto', minWidth: 0 },
  mono: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
  error: { color: tokens.colorPaletteRedForeground1 },
})

/**
 * Settings → Sandbox: the signed-in user's change-notification subscriptions on the sandbox and the latest
 * deliveries to their webhooks, refreshed every two seconds, so a presenter can show a webhook receiving the
 * record they just sent.
 */
export function SubscriptionsPanel({ sandboxBaseUrl }: { sandboxBaseUrl: string }) {
  const styles = useStyles()
  const graph = useGraph()
  const onSandbox = sameBase(graph.baseUrl, sandboxBaseUrl)
  return (
    <fieldset className={styles.root}>
      <legend className={styles.legend}>Change notifications (subscriptions)</legend>
      {!onSandbox ? (
        <Text size={200} className={styles.hint}>
          Save with Send to the sandbox and sign in to see your subscriptions and their deliveries.
        </Text>
      ) : graph.principal === null ? (
        <Text size={200} className={styles.hint}>
          Sign in to see your subscriptions and their deliveries.
        </Text>
      ) : (
        <Lists />
      )}
    </fieldset>
  )
}

function Lists() {
  const styles = useStyles()
  const code = useSnippetStyles()
  const graph = useGraph()
  const subscriptions = useSubscriptions()
  const deliveries = useDeliveries()
  const remove = useDeleteSubscription()
  const snippet = subscribeSnippet(graph.baseUrl)
  const problem = subscriptions.error ?? deliveries.error ?? remove.error
  return (
    <>
      {subscriptions.isPending && <Spinner size="tiny" label="Loading subscriptions…" />}
      {subscriptions.data?.length === 0 && (
        <Text size={200}>No subscriptions. A webhook on this machine subscribes like this (Graph SDK):</Text>
      )}
      {subscriptions.data?.length === 0 && (
        // No copy button here: its live status would be a second one in the dialog, beside fault mode's.
        <div className={styles.item}>
          <pre className={code.snippet} role="region" tabIndex={0} aria-label="Subscribe with the Graph SDK">
            {snippet}
          </pre>
        </div>
      )}
      {subscriptions.data && subscriptions.data.length > 0 && (
        <ul className={styles.list} aria-label="Subscriptions">
          {subscriptions.data.map((s) => (
            <li key={s.id} className={styles.item}>
              <span className={styles.grow}>
                <Text size={200} className={styles.mono}>
                  {s.notificationUrl}
                </Text>{' '}
                <Text size={200}>
                  — {s.changeType} on {s.resource}, until {new Date(s.expirationDateTime).toLocaleString()}
                </Text>
              </span>
              <Button
                size="small"
                appearance="subtle"
                icon={<DeleteRegular />}
                aria-label={`Delete the subscription to ${s.notificationUrl}`}
                disabled={remove.isPending}
                onClick={() => remove.mutate(s.id)}
              />
            </li>
          ))}
        </ul>
      )}
      {deliveries.data && <DeliveryList deliveries={deliveries.data} />}
      {problem && (
        <Text size={200} className={styles.error}>
          {problem.message}
        </Text>
      )}
    </>
  )
}

function sameBase(a: string, b: string): boolean {
  return a.replace(/\/+$/, '') === b.replace(/\/+$/, '')
}
