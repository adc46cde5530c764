import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components'
import { OperationSummary } from '../request/operation-summary.tsx'
import type { CurrentRequest } from '../request/use-current-request.ts'

const useStyles = makeStyles({
  surface: { maxWidth: 'min(960px, calc(100vw - 32px))', width: '100%' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
})

interface ConfirmSendDialogProps {
  /** The request as it will go out; null keeps the dialog closed. */
  shown: CurrentRequest | null
  onAnswer: (yes: boolean) => void
}

/** `-Confirm`: the cmdlet asks "Are you sure you want to perform this action?" before sending. */
export function ConfirmSendDialog({ shown, onAnswer }: ConfirmSendDialogProps) {
  const styles = useStyles()
  return (
    <Dialog
      open={shown !== null}
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open) onAnswer(false)
      }}
    >
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>Confirm</DialogTitle>
          <DialogContent className={styles.content}>
            <Text weight="semibold">Are you sure you want to perform this action?</Text>
            {shown && (
              <OperationSummary
                request={shown.request}
                validationErrors={shown.validationErrors}
                bodyLabel="Confirm request body"
              />
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => onAnswer(true)}>
              Yes
            </Button>
            <Button onClick={() => onAnswer(false)}>No</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}
