import { makeStyles, Text, tokens } from '@fluentui/react-components'
import type { GraphAttempt } from '#src/features/graph/graph-result.ts'
import { formatSeconds } from '#src/lib/format-duration.ts'

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  mono: { fontFamily: tokens.fontFamilyMonospace },
})

export function attemptLine(a: GraphAttempt): string {
  const answer = `Attempt ${a.attempt}: ${a.status} ${a.statusText}`.trim()
  if (a.reauthenticated) return `${answer} — signed in again and resent`
  if (!a.wait) return answer
  const why = a.wait.source === 'retry-after' ? `Retry-After: ${a.retryAfter ?? ''}` : 'exponential back-off'
  return `${answer} — waited ${formatSeconds(a.wait.ms)} (${why}), then retried`
}

/** Every exchange of one send, so a retry or a re-sign-in is visible, not just the final answer. */
export function AttemptLog({ attempts }: { attempts: readonly GraphAttempt[] }) {
  const styles = useStyles()
  if (attempts.length < 2 && !attempts[0]?.wait) return null
  return (
    <ol className={styles.list} aria-label="Attempts">
      {attempts.map((a) => (
        <li key={a.attempt}>
          <Text size={200}>{attemptLine(a)}</Text>
          {a.requestId && <Text size={200} className={styles.mono}>{` request-id ${a.requestId}`}</Text>}
        </li>
      ))}
    </ol>
  )
}
