import { Button } from '@fluentui/react-components'
import { OperationDialog } from './operation-dialog.tsx'
import type { CurrentRequest } from './use-current-request.ts'

export interface WhatIfDialogProps {
  /** The request read when the dialog opened; null keeps it closed. */
  shown: CurrentRequest | null
  onClose: () => void
}

/** `-WhatIf`'s answer: the cmdlet's sentence and the whole request. */
export function WhatIfDialog({ shown, onClose }: WhatIfDialogProps) {
  return (
    <OperationDialog
      shown={shown}
      title="-WhatIf"
      bodyLabel="What if request body"
      onDismiss={onClose}
      actions={
        <Button appearance="primary" onClick={onClose}>
          Close
        </Button>
      }
    />
  )
}
