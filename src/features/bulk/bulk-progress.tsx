import { Button, Field, makeStyles, ProgressBar, Text, tokens } from '@fluentui/react-components'
import { DismissRegular, PauseRegular, PlayRegular } from '@fluentui/react-icons'
import { useEffect, useState } from 'react'
import type { BulkRunner, BulkSnapshot } from './bulk-runner.ts'

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
  count: { fontVariantNumeric: 'tabular-nums' },
})

export function runLabel(s: BulkSnapshot): string {
  const finished = s.created.length + s.failed.length
  if (s.status === 'paused') return s.inFlight > 0 ? `Pausing (${s.inFlight} in flight)…` : 'Paused'
  if (s.status === 'cancelled') return s.inFlight > 0 ? `Cancelling (${s.inFlight} in flight)…` : 'Cancelled'
  if (s.status === 'stopped') return s.inFlight > 0 ? 'Stopping…' : 'Stopped'
  if (s.status === 'done') return 'Done'
  return finished === 0 ? 'Sending…' : 'Sending'
}

/** "12/20" with a bar, and what stops or holds the run: pause, resume, cancel, throttling. */
export function BulkProgress({ runner, snapshot }: { runner: BulkRunner; snapshot: BulkSnapshot }) {
  const styles = useStyles()
  const finished = snapshot.created.length + snapshot.failed.length
  const waiting = useWaitSeconds(snapshot.holdUntil)
  const live = snapshot.endedAt === null
  return (
    <div className={styles.root}>
      <Field
        label={runLabel(snapshot)}
        validationState="none"
        validationMessage={
          waiting > 0
            ? `Throttled by the target: waiting ${waiting} s (Retry-After) before the next request.`
            : undefined
        }
      >
        <ProgressBar
          value={finished}
          max={snapshot.total}
          thickness="large"
          aria-valuetext={`${finished}/${snapshot.total}`}
        />
      </Field>
      <Text role="status" className={styles.count}>
        {finished}/{snapshot.total} · {snapshot.created.length} created · {snapshot.failed.length} failed
      </Text>
      {live && (
        <div className={styles.buttons}>
          {snapshot.status === 'paused' ? (
            <Button icon={<PlayRegular />} onClick={() => runner.resume()}>
              Resume
            </Button>
          ) : (
            <Button
              icon={<PauseRegular />}
              disabled={snapshot.status !== 'running'}
              onClick={() => runner.pause()}
            >
              Pause
            </Button>
          )}
          <Button
            icon={<DismissRegular />}
            disabled={snapshot.status !== 'running' && snapshot.status !== 'paused'}
            onClick={() => runner.cancel()}
          >
            Cancel run
          </Button>
        </div>
      )}
    </div>
  )
}

function useWaitSeconds(until: number | null): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (until === null) return
    const timer = setInterval(() => {
      setNow(Date.now())
    }, 250)
    return () => {
      clearInterval(timer)
    }
  }, [until])
  return until === null ? 0 : Math.max(0, Math.ceil((until - now) / 1000))
}
