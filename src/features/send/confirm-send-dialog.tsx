import { Button, Text } from '@fluentui/react-components'
import { OperationDialog } from '#src/features/request/operation-dialog.tsx'
import type { CurrentRequest } from '#src/features/request/use-current-request.ts'

interface ConfirmSendDialogProps {
  /** The request as it will go out; null keeps the dialog closed. */
  shown: CurrentRequest | null
  onAnswer: (yes: boolean) => void
}

/** `-Confirm`: the cmdlet asks "Are you sure you want to perform this action?" before sending. */
export function ConfirmSendDialog({ shown, onAnswer }: ConfirmSendDialogProps) {
  return (
    <OperationDialog
      shown={shown}
      title="Confirm"
      bodyLabel="Confirm request body"
      modalType="alert"
      lead={<Text weight="semibold">Are you sure you want to perform this action?</Text>}
      onDismiss={() => onAnswer(false)}
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
