import { makeStyles, mergeClasses, Spinner, Tab, TabList, tokens, useId } from '@fluentui/react-components'
import { Suspense, useState, type ReactNode } from 'react'
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
  root: {
    flex: '1 1 auto',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    // The tab panel scrolls, not the card: the tabs stay in view.
    overflow: 'hidden',
  },
  // A narrow results column (the wide layout's third) wraps its tabs rather than cutting the last one off.
  tabs: { flexWrap: 'wrap' },
  panel: {
    position: 'relative',
    flex: '1 1 auto',
    minHeight: 0,
    display: 'flex',
    flexDirection: 'column',
    overflowY: 'auto',
  },
})

type ResultTab = 'request' | 'code' | 'response' | 'sessions' | 'record'

export interface SendResultsProps {
  /** Where the request preview has no pane of its own (a projector's 1024×768), it is the first tab here. */
  request?: ReactNode
  /** The same for the code. */
  code?: ReactNode
  className?: string
}

/**
 * The Response, Sessions on target and Call record regions as tabs, after the request preview and the code when they are
 * given; a send brings the Response forward.
 */
export function SendResults({ request, code, className }: SendResultsProps) {
  const styles = useStyles()
  const card = useCardStyles()
  const { run } = useSend()
  const id = useId('results')
  const [chosen, setChosen] = useState<ResultTab>(request ? 'request' : code ? 'code' : 'response')
  const panes: Partial<Record<ResultTab, ReactNode>> = { request, code }
  const tab = (chosen === 'request' || chosen === 'code') && !panes[chosen] ? 'response' : chosen
  const started = run.status === 'idle' ? 0 : run.request.startedAt
  const [seen, setSeen] = useState(started)
  if (started !== seen) {
    setSeen(started)
    setChosen('response')
  }
  return (
    <div className={mergeClasses(card.card, styles.root, className)}>
      <TabList
        size="small"
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_, data) => {
          const picked = (['request', 'code', 'sessions', 'record'] as const).find(
            (name) => name === data.value,
          )
          setChosen(picked ?? 'response')
        }}
      >
        {request ? (
          <Tab value="request" id={`${id}-request`} aria-controls={`${id}-panel`}>
            Request
          </Tab>
        ) : null}
        {code ? (
          <Tab value="code" id={`${id}-code`} aria-controls={`${id}-panel`}>
            Code
          </Tab>
        ) : null}
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
          {tab === 'request' || tab === 'code' ? (
            panes[tab]
          ) : tab === 'response' ? (
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
