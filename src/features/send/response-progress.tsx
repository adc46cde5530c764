import { Button, makeStyles, Spinner, tokens } from '@fluentui/react-components'
import { DismissRegular } from '@fluentui/react-icons'
import { useEffect, useState } from 'react'
import type { GraphProgress } from '#src/features/graph/graph-client.ts'
import { GRAPH_RETRY_POLICY } from '#src/features/graph/retry-delay.ts'
import { formatSeconds } from '#src/lib/format-duration.ts'

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
})

function describe(progress: GraphProgress | null, remainingMs: number): string {
  if (!progress) return 'Getting a token…'
  if (progress.phase === 'reauthenticating')
    return `Attempt ${progress.attempt} answered 401: signing in again…`
  if (progress.phase === 'sending') {
    return progress.retry === 0
      ? `Sending (attempt ${progress.attempt})…`
      : `Sending retry ${progress.retry} of ${GRAPH_RETRY_POLICY.maxRetries} (attempt ${progress.attempt})…`
  }
  const why = progress.source === 'retry-after' ? 'as Retry-After asks' : 'exponential back-off'
  return `Attempt ${progress.attempt} answered ${progress.status}. Retry ${progress.retry} of ${GRAPH_RETRY_POLICY.maxRetries} in ${formatSeconds(Math.max(0, remainingMs))} (${why}).`
}

interface ResponseProgressProps {
  progress: GraphProgress | null
  /** When the progress was reported, to count a retry wait down. */
  progressAt: number
  onCancel: () => void
}

export function ResponseProgress({ progress, progressAt, onCancel }: ResponseProgressProps) {
  const styles = useStyles()
  const waitMs = progress?.phase === 'waiting' ? progress.ms : 0
  const [now, setNow] = useState(progressAt)
  useEffect(() => {
    if (waitMs === 0) return
    const timer = setInterval(() => {
      setNow(Date.now())
    }, 1000)
    return () => {
      clearInterval(timer)
    }
  }, [waitMs, progressAt])
  const remaining = progressAt + waitMs - Math.max(now, progressAt)
  return (
    <div className={styles.root}>
      <Spinner size="tiny" label={describe(progress, Math.ceil(remaining / 1000) * 1000)} />
      <Button size="small" icon={<DismissRegular />} onClick={onCancel}>
        Cancel send
      </Button>
    </div>
  )
}
