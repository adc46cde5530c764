import {
  Button,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Tab,
  TabList,
  Text,
  tokens,
  useId,
} from '@fluentui/react-components'
import { ArrowClockwiseRegular } from '@fluentui/react-icons'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { CopyButton } from '#src/components/ui/copy-button.tsx'
import { useSnippetStyles } from '#src/components/ui/snippet-styles.ts'
import { VirtualText } from '#src/components/ui/virtual-text.tsx'
import { useVisuallyHidden } from '#src/components/ui/visually-hidden.ts'
import { callRecordUrl, useCallRecord } from '#src/features/graph/get-call-record.ts'
import { useGraph } from '#src/features/graph/graph-context.ts'
import { sessionsQueryKey, useSessions } from '#src/features/graph/list-sessions.ts'
import { hostOf } from './host-of.ts'
import { sdkSnippet } from './sdk-snippet.ts'
import { useListedCallRecordId } from './use-listed-call-record-id.ts'

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minHeight: 0,
    flex: '1 1 auto',
  },
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  heading: { margin: 0, marginRight: 'auto' },
  push: { marginRight: 'auto' },
  hint: { color: tokens.colorNeutralForeground2 },
  line: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  mono: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
    minWidth: 0,
  },
  panel: { flex: '1 1 auto', minHeight: '6rem', display: 'flex', flexDirection: 'column' },
  json: {
    flex: '1 1 auto',
    minHeight: 0,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
})

/**
 * The call record the sessions under the current CallRecordId make, exactly as an app that reads call records
 * gets it: the GET it would send (with Graph's nested $expand), the answer, and the Graph SDK call that sends it.
 */
export function CallRecordPanel({ className, tabbed = false }: { className?: string; tabbed?: boolean }) {
  const styles = useStyles()
  const code = useSnippetStyles()
  const hidden = useVisuallyHidden().hidden
  const id = useId('call-record')
  const callRecordId = useListedCallRecordId()
  const graph = useGraph()
  const queryClient = useQueryClient()
  const [view, setView] = useState<'answer' | 'sdk'>('answer')
  // The sessions list (shared with Sessions on target) says whether there is a record to read at all.
  const sessions = useSessions(callRecordId)
  const stored = (sessions.data?.sessions.length ?? 0) > 0
  const record = useCallRecord(callRecordId, stored)
  const snippet = callRecordId ? sdkSnippet(callRecordId) : ''
  const url = callRecordId ? callRecordUrl(graph.baseUrl, callRecordId) : ''
  const found = stored && record.data?.found === true ? record.data : undefined
  return (
    <section aria-label="Call record" className={mergeClasses(styles.root, className)}>
      <div className={styles.bar}>
        <Subtitle2 as="h2" className={tabbed ? hidden : styles.heading}>
          Call record
        </Subtitle2>
        <Text size={200} role="status" className={styles.push}>
          {found ? describe(found.summary) : ''}
        </Text>
        <Button
          size="small"
          appearance="subtle"
          icon={<ArrowClockwiseRegular />}
          disabled={!sessions.isEnabled || sessions.isFetching || record.isFetching}
          // The record's key sits under the sessions' key: both are read again (the record only if it exists).
          onClick={() =>
            void queryClient.invalidateQueries({ queryKey: sessionsQueryKey(graph, callRecordId) })
          }
        >
          Refresh
        </Button>
      </div>
      {!callRecordId ? (
        <Text size={200} className={styles.hint}>
          Enter a CallRecordId to see the call record its sessions make.
        </Text>
      ) : graph.principal === null ? (
        <Text size={200} className={styles.hint}>
          Sign in to read the call record from {hostOf(graph.baseUrl)}.
        </Text>
      ) : (
        <div className={styles.line}>
          <span className={styles.mono} data-testid="call-record-url">
            GET {url}
          </span>
          <CopyButton what="GET URL" text={url} />
        </div>
      )}
      {(sessions.isPending || record.isPending) && (sessions.isFetching || record.isFetching) && (
        <Spinner size="tiny" label="Reading the call record…" />
      )}
      {sessions.isError && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>Could not list the sessions: {sessions.error.message}</MessageBarBody>
        </MessageBar>
      )}
      {record.isError && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>Could not read the call record: {record.error.message}</MessageBarBody>
        </MessageBar>
      )}
      {((sessions.isSuccess && !stored) || record.data?.found === false) && (
        <Text size={200}>
          No call record yet: {hostOf(graph.baseUrl)} answers 404 until a session is stored under this
          CallRecordId.
        </Text>
      )}
      {found && (
        <>
          <div className={styles.bar}>
            <TabList
              size="small"
              selectedValue={view}
              onTabSelect={(_, data) => {
                setView(data.value === 'sdk' ? 'sdk' : 'answer')
              }}
            >
              <Tab value="answer" id={`${id}-answer`} aria-controls={`${id}-panel`}>
                Answer (JSON)
              </Tab>
              <Tab value="sdk" id={`${id}-sdk`} aria-controls={`${id}-panel`}>
                Graph SDK
              </Tab>
            </TabList>
            <span className={styles.push} />
            {view === 'answer' ? (
              <CopyButton what="call record JSON" text={found.json} />
            ) : (
              <CopyButton what="Graph SDK snippet" text={snippet} />
            )}
          </div>
          <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${view}`} className={styles.panel}>
            {view === 'answer' ? (
              <VirtualText text={found.json} label="Call record JSON" className={styles.json} />
            ) : (
              <pre className={code.snippet} role="region" tabIndex={0} aria-label="Graph SDK snippet">
                {snippet}
              </pre>
            )}
          </div>
        </>
      )}
    </section>
  )
}

function describe(summary: {
  version?: number | null
  type?: string | null
  modalities?: string[] | null
  sessions?: unknown[] | null
  'sessions@odata.nextLink'?: string | null
}): string {
  const count = summary.sessions?.length ?? 0
  const more = summary['sessions@odata.nextLink'] ? '+' : ''
  const parts = [
    `Version ${summary.version ?? '?'}`,
    summary.type ?? 'unknown type',
    `${count}${more} ${count === 1 && !more ? 'session' : 'sessions'}`,
  ]
  if (summary.modalities?.length) parts.push(summary.modalities.join(', '))
  return parts.join(' · ')
}
