import type { DialogProps } from '@fluentui/react-components'
import type { ReactNode } from 'react'
import { AppDialog } from '#src/components/ui/app-dialog.tsx'
import { OperationSummary } from './operation-summary.tsx'
import type { CurrentRequest } from './use-current-request.ts'

export interface OperationDialogProps {
  /** The request as read when the dialog opened; null keeps it closed. */
  shown: CurrentRequest | null
  title: string
  /** The accessible name of the request body shown inside. */
  bodyLabel: string
  /** Above the summary, e.g. the cmdlet's question. */
  lead?: ReactNode
  mode?: 'whatIf' | 'confirm'
  /** Under the cmdlet's sentence, e.g. PowerShell's choices. */
  after?: ReactNode
  actions: ReactNode
  modalType?: DialogProps['modalType']
  /** Escape, or a click outside for a non-alert dialog. */
  onDismiss: () => void
  /** A letter typed in the dialog (Confirm answers PowerShell's Y, A, N and L). */
  onLetter?: (letter: string) => void
}

/** A dialog showing the operation the cmdlet would perform and the whole request: What if and Confirm. */
export function OperationDialog({
  shown,
  title,
  bodyLabel,
  lead,
  mode,
  after,
  actions,
  modalType,
  onDismiss,
  onLetter,
}: OperationDialogProps) {
  return (
    <AppDialog
      open={shown !== null}
      onOpenChange={(open) => {
        if (!open) onDismiss()
      }}
      title={title}
      size="wide"
      modalType={modalType}
      actions={actions}
      onKeyDown={(event) => {
        if (!onLetter || event.ctrlKey || event.metaKey || event.altKey || event.key.length !== 1) return
        if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement) return
        onLetter(event.key.toLowerCase())
      }}
    >
      {lead}
      {shown && (
        <OperationSummary
          request={shown.request}
          real={shown.real}
          mode={mode}
          after={after}
          validationErrors={shown.validationErrors}
          bodyLabel={bodyLabel}
        />
      )}
    </AppDialog>
  )
}
