import { Badge, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components'
import { parseGraphError } from '#src/features/graph/graph-error.ts'
import type { GraphResult } from '#src/features/graph/graph-result.ts'
import { GRAPH_RETRY_POLICY } from '#src/features/graph/retry-delay.ts'
import { formatDuration } from '#src/lib/format-duration.ts'
import { AttemptLog } from './attempt-log.tsx'
import { ResponseBody } from './response-body.tsx'
import { ResponseFacts } from './response-facts.tsx'
import type { SentRequest } from './send-context.ts'

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minHeight: 0,
    flex: '1 1 auto',
  },
  status: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  url: {
    flex: '1 1 0',
    minWidth: 0,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
})

/** "2 attempts, 1 retry (at most 3), 1.0 s": how the answer was reached, on one line. */
export function sentSummary({
  attempts,
  retries,
  durationMs,
}: Pick<GraphResult, 'attempts' | 'retries' | 'durationMs'>) {
  const tries = `${attempts.length} ${attempts.length === 1 ? 'attempt' : 'attempts'}`
  const retried = `${retries} ${retries === 1 ? 'retry' : 'retries'} (at most ${GRAPH_RETRY_POLICY.maxRetries})`
  return `${tries}, ${retried}, ${formatDuration(durationMs)}`
}

/** Graph's answer to one send: status, the ids to quote in a support case, how it got there, the body. */
export function ResponseAnswer({ request, result }: { request: SentRequest; result: GraphResult }) {
  const styles = useStyles()
  const inner = parseGraphError(result.text)?.innerError
  const requestId = result.requestId ?? inner?.['request-id'] ?? '—'
  const date = result.date ?? (inner?.date ? `${inner.date} (innerError.date, UTC)` : '—')
  return (
    <div className={styles.root}>
      <div className={styles.status}>
        <Badge size="large" appearance="filled" color={result.ok ? 'success' : 'danger'} shape="rounded">
          {`${result.status} ${result.statusText}`.trim()}
        </Badge>
        <Text className={styles.url} title={request.url}>
          POST {request.url}
        </Text>
      </div>
      {result.retriesExhausted && (
        <MessageBar intent="error">
          <MessageBarBody>
            Gave up after {result.retries} {result.retries === 1 ? 'retry' : 'retries'} (at most{' '}
            {GRAPH_RETRY_POLICY.maxRetries}): the target still answered {result.status} {result.statusText}.
            Nothing was created; try again later.
          </MessageBarBody>
        </MessageBar>
      )}
      <ResponseFacts
        label="Response details"
        facts={[
          ['request-id', requestId],
          ['client-request-id', result.clientRequestId],
          ['date', date],
          ['sent', sentSummary(result)],
          ...(result.reauthenticated ? [['sign-in', 'signed in again after 401'] as const] : []),
        ]}
      />
      <AttemptLog attempts={result.attempts} />
      <ResponseBody text={result.text} ok={result.ok} />
    </div>
  )
}
