import { Button, Text } from '@fluentui/react-components'
import { OperationDialog } from '#src/features/request/operation-dialog.tsx'
import type { CurrentRequest } from '#src/features/request/use-current-request.ts'
import { CONFIRM_CAPTION, CONFIRM_CHOICES, CONFIRM_QUESTION } from '#src/features/request/what-if.ts'

interface ConfirmSendDialogProps {
  /** The request as it will go out; null keeps the dialog closed. */
  shown: CurrentRequest | null
  onAnswer: (yes: boolean) => void
}

/**
 * `-Confirm`: PowerShell's own prompt, word for word (caption, question, operation and target, choices), then
 * the request. Y and A answer yes, N and L no; a single send has nothing for "to All" to apply to.
 */
export function ConfirmSendDialog({ shown, onAnswer }: ConfirmSendDialogProps) {
  return (
    <OperationDialog
      shown={shown}
      title={CONFIRM_CAPTION}
      bodyLabel="Confirm request body"
      modalType="alert"
      mode="confirm"
      lead={<Text weight="semibold">{CONFIRM_QUESTION}</Text>}
      after={
        <>
          <br />
          {CONFIRM_CHOICES}
        </>
      }
      onDismiss={() => onAnswer(false)}
      onLetter={(letter) => {
        if (letter === 'y' || letter === 'a') onAnswer(true)
        else if (letter === 'n' || letter === 'l') onAnswer(false)
      }}
      actions={
        <>
          <Button appearance="primary" onClick={() => onAnswer(true)}>
            Yes
          </Button>
          <Button onClick={() => onAnswer(false)}>No</Button>
        </>
      }
    />
  )
}
