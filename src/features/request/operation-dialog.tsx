import {
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
  type DialogProps,
} from '@fluentui/react-components'
import type { ReactNode } from 'react'
import { OperationSummary } from './operation-summary.tsx'
import type { CurrentRequest } from './use-current-request.ts'

const useStyles = makeStyles({
  surface: { maxWidth: 'min(960px, calc(100vw - 32px))', width: '100%' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
})

export interface OperationDialogProps {
  /** The request as read when the dialog opened; null keeps it closed. */
  shown: CurrentRequest | null
  title: string
  /** The accessible name of the request body shown inside. */
  bodyLabel: string
  /** Above the summary, e.g. the cmdlet's question. */
  lead?: ReactNode
  actions: ReactNode
  modalType?: DialogProps['modalType']
  /** Escape, or a click outside for a non-alert dialog. */
  onDismiss: () => void
}

/** A dialog showing the operation the cmdlet would perform and the whole request: What if and Confirm. */
export function OperationDialog({
  shown,
  title,
  bodyLabel,
  lead,
  actions,
  modalType,
  onDismiss,
}: OperationDialogProps) {
  const styles = useStyles()
  return (
    <Dialog
      open={shown !== null}
      modalType={modalType}
      onOpenChange={(_, data) => {
        if (!data.open) onDismiss()
      }}
    >
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={styles.content}>
            {lead}
            {shown && (
              <OperationSummary
                request={shown.request}
                validationErrors={shown.validationErrors}
                bodyLabel={bodyLabel}
              />
            )}
          </DialogContent>
          <DialogActions>{actions}</DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}
