import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components'

const useStyles = makeStyles({ id: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' } })

interface DeleteSessionDialogProps {
  sessionId: string | null
  callRecordId: string
  onAnswer: (yes: boolean) => void
}

/** Deleting cannot be undone, so it is asked first, naming the session and its call record. */
export function DeleteSessionDialog({ sessionId, callRecordId, onAnswer }: DeleteSessionDialogProps) {
  const styles = useStyles()
  return (
    <Dialog
      open={sessionId !== null}
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open) onAnswer(false)
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Delete session?</DialogTitle>
          <DialogContent>
            Session <span className={styles.id}>{sessionId}</span> will be deleted from call record{' '}
            <span className={styles.id}>{callRecordId}</span> on the target. This cannot be undone.
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => onAnswer(true)}>
              Delete
            </Button>
            <Button onClick={() => onAnswer(false)}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}
