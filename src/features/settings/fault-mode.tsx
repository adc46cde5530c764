import { Button, Field, Input, makeStyles, Select, Text, tokens } from '@fluentui/react-components'
import { useState } from 'react'
import { FAULT_STATUSES, faultsUrl, useFaults, useSetFaults, type FaultState } from './sandbox-faults.ts'

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: tokens.spacingHorizontalM },
  number: { width: '7em' },
  error: { color: tokens.colorPaletteRedForeground1 },
})

const STATUS_TEXT: Record<number, string> = {
  429: '429 Too Many Requests',
  503: '503 Service Unavailable',
  504: '504 Gateway Timeout',
}

function describe(state: FaultState | undefined): string {
  if (!state) return 'Checking…'
  if (!state.active) return 'Off: the sandbox answers normally.'
  const after =
    state.retryAfter === undefined ? 'without Retry-After' : `with Retry-After ${state.retryAfter} s`
  const scope = state.callRecordId === undefined ? '' : ` under CallRecordId ${state.callRecordId}`
  return `On: the next ${state.count} ${state.count === 1 ? 'request' : 'requests'}${scope} ${state.count === 1 ? 'answers' : 'answer'} ${STATUS_TEXT[state.status] ?? state.status} ${after}.`
}

/** Presenter tool: makes the sandbox throttle or fail for a while, to show Send's retries. Acts at once. */
export function FaultMode({ sandboxBaseUrl }: { sandboxBaseUrl: string }) {
  const styles = useStyles()
  const url = faultsUrl(sandboxBaseUrl)
  const faults = useFaults(url)
  const setFaults = useSetFaults(url)
  const [status, setStatus] = useState<(typeof FAULT_STATUSES)[number]>(429)
  const [count, setCount] = useState('2')
  const [retryAfter, setRetryAfter] = useState('5')
  const [onlyFor, setOnlyFor] = useState('')
  const countValue = Number(count)
  const retryValue = retryAfter.trim() === '' ? undefined : Number(retryAfter)
  const valid =
    Number.isInteger(countValue) &&
    countValue >= 1 &&
    (retryValue === undefined || (Number.isInteger(retryValue) && retryValue >= 0 && retryValue <= 3600))
  const problem = setFaults.error ?? faults.error
  return (
    <fieldset className={styles.root}>
      <legend className={styles.legend}>Simulate throttling (sandbox fault mode)</legend>
      <div className={styles.row}>
        <Field label="Answer">
          <Select
            value={String(status)}
            onChange={(_, data) => {
              setStatus(FAULT_STATUSES.find((s) => String(s) === data.value) ?? 429)
            }}
          >
            {FAULT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_TEXT[s]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Next requests">
          <Input
            className={styles.number}
            type="number"
            min={1}
            value={count}
            onChange={(_, d) => setCount(d.value)}
          />
        </Field>
        <Field label="Retry-After (s)" hint="Empty: no header">
          <Input
            className={styles.number}
            type="number"
            min={0}
            max={3600}
            value={retryAfter}
            onChange={(_, d) => setRetryAfter(d.value)}
          />
        </Field>
        <Field label="Only for CallRecordId" hint="Empty: every request">
          <Input value={onlyFor} onChange={(_, d) => setOnlyFor(d.value)} />
        </Field>
      </div>
      <div className={styles.row}>
        <Button
          disabled={!valid || setFaults.isPending}
          onClick={() => {
            setFaults.mutate({
              status,
              count: countValue,
              ...(retryValue === undefined ? {} : { retryAfter: retryValue }),
              ...(onlyFor.trim() ? { callRecordId: onlyFor.trim() } : {}),
            })
          }}
        >
          Start simulating
        </Button>
        <Button
          disabled={setFaults.isPending || faults.data?.active !== true}
          onClick={() => setFaults.mutate(null)}
        >
          Stop
        </Button>
      </div>
      <Text role="status">{describe(faults.data)}</Text>
      {problem && <Text className={styles.error}>Fault mode: {problem.message}</Text>}
    </fieldset>
  )
}
