import { Spinner } from '@fluentui/react-components'
import { Suspense } from 'react'
import { lazyPart } from '#src/components/ui/lazy-part.ts'

// Only Settings shows it, so it loads with the first look at Settings → Sandbox.
const panel = lazyPart(() => import('./subscriptions-panel.tsx').then((m) => m.SubscriptionsPanel))

/** The Subscriptions panel, loaded on first use, for Settings → Sandbox. */
export function renderSubscriptions(sandboxBaseUrl: string) {
  return (
    <Suspense fallback={<Spinner size="tiny" label="Loading subscriptions…" />}>
      <panel.Component sandboxBaseUrl={sandboxBaseUrl} />
    </Suspense>
  )
}
