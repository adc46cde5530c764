import { makeStyles, mergeClasses, Spinner, Tab, TabList, tokens, useId } from '@fluentui/react-components'
import { Suspense, useState } from 'react'
import { useCardStyles } from '#src/components/ui/card-styles.ts'
import { lazyPart } from '#src/components/ui/lazy-part.ts'
import { ResponsePanel } from './response-panel.tsx'
import { useSend } from './send-context.ts'

// Reads the target only after sign-in, so it need not be part of the first download.
const sessions = lazyPart(() => import('./sessions-panel.tsx').then((m) => m.SessionsPanel))
const SessionsPanel = sessions.Component
const prefetchSessions = sessions.prefetch
const callRecord = lazyPart(() => import('./call-record-panel.tsx').then((m) => m.CallRecordPanel))
const CallRecordPanel = callRecord.Component

const useStyles = makeStyles({
  stack: {
    flex: '1 1 auto',
    minHeight: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  column: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  response: { flex: '3 1 0' },
  sessions: { flex: '2 1 0' },
  record: { flex: '3 1 0' },
  tabbed: { flex: '1 1 auto' },
  panel: { flex: '1 1 auto', minHeight: 0, display: 'flex', flexDirection: 'column' },
})

type ResultTab = 'response' | 'sessions' | 'record'

/**
 * The Response, Sessions on target and Call record regions: stacked where there is room, otherwise as tabs (a send
 * brings the Response tab forward).
 */
export function SendResults({ tabbed, className }: { tabbed: boolean; className?: string }) {
  const styles = useStyles()
  const card = useCardStyles()
  const { run } = useSend()
  const id = useId('results')
  const [tab, setTab] = useState<ResultTab>('response')
  const started = run.status === 'idle' ? 0 : run.request.startedAt
  const [seen, setSeen] = useState(started)
  if (started !== seen) {
    setSeen(started)
    setTab('response')
  }
  if (!tabbed) {
    return (
      <div className={mergeClasses(styles.stack, className)}>
        <ResponsePanel className={mergeClasses(card.card, card.scrolls, styles.column, styles.response)} />
        <Suspense fallback={<Spinner size="tiny" label="Loading…" />}>
          <SessionsPanel className={mergeClasses(card.card, card.scrolls, styles.column, styles.sessions)} />
          <CallRecordPanel className={mergeClasses(card.card, card.scrolls, styles.column, styles.record)} />
        </Suspense>
      </div>
    )
  }
  return (
    <div className={mergeClasses(card.card, card.scrolls, styles.column, styles.tabbed, className)}>
      <TabList
        size="small"
        selectedValue={tab}
        onTabSelect={(_, data) => {
          setTab(data.value === 'sessions' || data.value === 'record' ? data.value : 'response')
        }}
      >
        <Tab value="response" id={`${id}-response`} aria-controls={`${id}-panel`}>
          Response
        </Tab>
        <Tab
          value="sessions"
          id={`${id}-sessions`}
          aria-controls={`${id}-panel`}
          onPointerEnter={prefetchSessions}
          onFocus={prefetchSessions}
        >
          Sessions on target
        </Tab>
        <Tab
          value="record"
          id={`${id}-record`}
          aria-controls={`${id}-panel`}
          onPointerEnter={callRecord.prefetch}
          onFocus={callRecord.prefetch}
        >
          Call record
        </Tab>
      </TabList>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${tab}`} className={styles.panel}>
        <Suspense fallback={<Spinner size="tiny" label="Loading…" />}>
          {tab === 'response' ? (
            <ResponsePanel tabbed />
          ) : tab === 'sessions' ? (
            <SessionsPanel tabbed />
          ) : (
            <CallRecordPanel tabbed />
          )}
        </Suspense>
      </div>
    </div>
  )
}
