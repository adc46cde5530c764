import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components'
import { formatDuration } from '#src/lib/format-duration.ts'
import { AttemptLog } from './attempt-log.tsx'
import { ResponseFacts } from './response-facts.tsx'
import type { SendRun } from './send-context.ts'

const TITLES = {
  aborted: 'Cancelled',
  timeout: 'No answer in time',
  network: 'No answer',
  token: 'No token',
  unknown: 'Send failed',
} as const

/** A send that got no answer to show: why, and what was tried. */
export function ResponseFailure({ run }: { run: Extract<SendRun, { status: 'failed' }> }) {
  return (
    <>
      <MessageBar intent={run.kind === 'aborted' ? 'warning' : 'error'} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{TITLES[run.kind]}</MessageBarTitle>
          {run.message}
        </MessageBarBody>
      </MessageBar>
      <ResponseFacts
        label="Response details"
        facts={[
          ['client-request-id', run.request.clientRequestId],
          ['attempts', String(run.attempts.length)],
          ...(run.durationMs === null ? [] : [['duration', formatDuration(run.durationMs)] as const]),
        ]}
      />
      <AttemptLog attempts={run.attempts} />
    </>
  )
}
