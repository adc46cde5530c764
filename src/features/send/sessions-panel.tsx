import {
  Button,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components'
import { ArrowClockwiseRegular } from '@fluentui/react-icons'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useVisuallyHidden } from '#src/components/ui/visually-hidden.ts'
import { useDeleteSession } from '#src/features/graph/delete-session.ts'
import { sessionQueryOptions } from '#src/features/graph/get-session.ts'
import { useGraph } from '#src/features/graph/graph-context.ts'
import { useSessions } from '#src/features/graph/list-sessions.ts'
import { useDraftStore } from '#src/features/open-draft/draft-context.tsx'
import { useRequestTarget } from '#src/features/request/request-target-context.ts'
import { DeleteSessionDialog } from './delete-session-dialog.tsx'
import { hostOf } from './host-of.ts'
import { sessionAsDraftBody } from './open-session.ts'
import { SessionItem } from './session-item.tsx'
import { useSessionOpener } from './session-opener.ts'
import { useListedCallRecordId } from './use-listed-call-record-id.ts'

const useStyles = makeStyles({
  root: {
    flex: '1 1 auto',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minHeight: 0,
  },
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  heading: { margin: 0, marginRight: 'auto' },
  push: { marginRight: 'auto' },
  hint: { color: tokens.colorNeutralForeground2 },
  mono: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
  list: { margin: 0, padding: 0, listStyle: 'none', overflowY: 'auto', minHeight: 0 },
})

/** The sessions already stored under the current CallRecordId on the target: open one, delete one. */
export function SessionsPanel({ className, tabbed = false }: { className?: string; tabbed?: boolean }) {
  const styles = useStyles()
  const hidden = useVisuallyHidden().hidden
  const callRecordId = useListedCallRecordId()
  const graph = useGraph()
  const target = useRequestTarget()
  const sessions = useSessions(callRecordId)
  const remove = useDeleteSession(callRecordId)
  const queryClient = useQueryClient()
  const draft = useDraftStore()
  const opener = useSessionOpener()
  const [deleting, setDeleting] = useState<string | null>(null)
  // Null while the question (replace, or a new draft?) is on screen: it says what happens next.
  const [opened, setOpened] = useState<string | null>(null)
  const open = useMutation({
    mutationFn: (sessionId: string) => queryClient.query(sessionQueryOptions(graph, callRecordId, sessionId)),
    onSuccess: (session) => {
      const body = sessionAsDraftBody(session.body)
      if (!opener) draft.replaceBody(body)
      setOpened(!opener || opener(`session ${session.id}`, body) ? session.id : null)
    },
  })
  const status = opened
    ? `Opened session ${opened} in the form.`
    : remove.isSuccess
      ? `Deleted session ${remove.variables}.`
      : ''
  const problem = open.error ?? remove.error
  return (
    <section aria-label="Sessions on target" className={mergeClasses(styles.root, className)}>
      <div className={styles.bar}>
        <Subtitle2 as="h2" className={tabbed ? hidden : styles.heading}>
          Sessions on target
        </Subtitle2>
        {tabbed && <span className={styles.push} />}
        <Button
          size="small"
          appearance="subtle"
          icon={<ArrowClockwiseRegular />}
          disabled={!sessions.isEnabled || sessions.isFetching}
          onClick={() => void sessions.refetch()}
        >
          Refresh
        </Button>
      </div>
      {!callRecordId ? (
        <Text size={200} className={styles.hint}>
          Enter a CallRecordId to see the sessions stored under it.
        </Text>
      ) : graph.principal === null ? (
        <Text size={200} className={styles.hint}>
          Sign in to list the sessions stored on {hostOf(graph.baseUrl)}.
        </Text>
      ) : (
        <Text size={200} className={styles.hint}>
          Call record <span className={styles.mono}>{callRecordId}</span> on {hostOf(graph.baseUrl)}
        </Text>
      )}
      {sessions.isPending && sessions.isFetching && <Spinner size="tiny" label="Loading sessions…" />}
      {sessions.isError && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>Could not list the sessions: {sessions.error.message}</MessageBarBody>
        </MessageBar>
      )}
      {sessions.isSuccess && sessions.data.sessions.length === 0 && (
        <Text size={200}>No sessions stored under this call record.</Text>
      )}
      {sessions.isSuccess && sessions.data.sessions.length > 0 && (
        <ul className={styles.list} aria-label="Stored sessions">
          {sessions.data.sessions.map((session) => (
            <SessionItem
              key={session.id}
              session={session}
              busy={open.isPending || remove.isPending}
              onOpen={() => open.mutate(session.id)}
              onDelete={target.kind === 'graph' ? undefined : () => setDeleting(session.id)}
            />
          ))}
        </ul>
      )}
      {sessions.data?.more && (
        <Text size={200}>Showing the first page; Graph pages sessions 60 at a time.</Text>
      )}
      {problem && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{problem.message}</MessageBarBody>
        </MessageBar>
      )}
      <Text size={200} role="status">
        {status}
      </Text>
      <DeleteSessionDialog
        sessionId={deleting}
        callRecordId={callRecordId}
        onAnswer={(yes) => {
          if (yes && deleting) remove.mutate(deleting)
          setDeleting(null)
        }}
      />
    </section>
  )
}
