import { Button, Tooltip, useId, useRestoreFocusTarget } from '@fluentui/react-components'
import { SendRegular } from '@fluentui/react-icons'
import { Suspense, useState } from 'react'
import { lazyPart, useOpenedOnce } from '#src/components/ui/lazy-part.ts'
import { useVisuallyHidden } from '#src/components/ui/visually-hidden.ts'
import { useDraft } from '#src/features/open-draft/draft-context.tsx'
import { useValidationStore } from '#src/features/open-draft/validation-context.tsx'
import { useCurrentRequest, type CurrentRequest } from '#src/features/request/use-current-request.ts'
import { prefetchResponseViews } from './response-panel.tsx'
import { useSend } from './send-context.ts'
import { useSendBlockers } from './use-send-blockers.ts'

const confirmSend = lazyPart(() => import('./confirm-send-dialog.tsx').then((m) => m.ConfirmSendDialog))

/**
 * "Send": one click, at most one record. Disabled (still focusable, with the reason as its description)
 * while a send is in flight or while something would make Graph reject the request; with -Confirm on, the
 * What-if summary is shown first.
 */
export function SendButton() {
  const hidden = useVisuallyHidden().hidden
  const { run, send } = useSend()
  const blockers = useSendBlockers()
  const validation = useValidationStore()
  const confirm = useDraft((s) => s.confirm)
  const current = useCurrentRequest()
  const [confirming, setConfirming] = useState<CurrentRequest | null>(null)
  const confirmMounted = useOpenedOnce(confirming !== null)
  const restoreFocusTarget = useRestoreFocusTarget()
  const reasonId = useId('send-reason')
  const pending = run.status === 'pending'
  const reason = pending ? 'A send is in progress.' : blockers.join(' ')
  const disabled = pending || blockers.length > 0
  const prefetch = () => {
    prefetchResponseViews()
    if (confirm) confirmSend.prefetch()
  }
  return (
    <>
      <Tooltip content={reason || 'POST the request to the target'} relationship="inaccessible">
        <Button
          appearance="primary"
          icon={<SendRegular />}
          disabledFocusable={disabled}
          aria-describedby={reason ? reasonId : undefined}
          {...restoreFocusTarget}
          onPointerEnter={prefetch}
          onFocus={prefetch}
          // A blocked Send still counts as tried: the fields it waits for say so (a disabled-but-focusable
          // button gets no click, so this listens before it).
          onClickCapture={() => validation.markAttempted()}
          onKeyDownCapture={(event) => {
            if (event.key === 'Enter' || event.key === ' ') validation.markAttempted()
          }}
          onClick={() => {
            if (disabled) return
            if (confirm) setConfirming(current())
            else send()
          }}
        >
          Send
        </Button>
      </Tooltip>
      <span id={reasonId} className={hidden}>
        {reason}
      </span>
      {confirmMounted && (
        <Suspense fallback={null}>
          <confirmSend.Component
            shown={confirming}
            onAnswer={(yes) => {
              setConfirming(null)
              if (yes) send()
            }}
          />
        </Suspense>
      )}
    </>
  )
}
