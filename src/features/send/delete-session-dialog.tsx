import { Button, makeStyles, Text, tokens } from '@fluentui/react-components'
import { AppDialog } from '#src/components/ui/app-dialog.tsx'

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
    <AppDialog
      open={sessionId !== null}
      onOpenChange={(open) => {
        if (!open) onAnswer(false)
      }}
      title="Delete session?"
      modalType="alert"
      actions={
        <>
          <Button appearance="primary" onClick={() => onAnswer(true)}>
            Delete
          </Button>
          <Button onClick={() => onAnswer(false)}>Cancel</Button>
        </>
      }
    >
      <Text>
        Session <span className={styles.id}>{sessionId}</span> will be deleted from call record{' '}
        <span className={styles.id}>{callRecordId}</span> on the target. This cannot be undone.
      </Text>
    </AppDialog>
  )
}
