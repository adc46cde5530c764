import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  makeStyles,
  tokens,
} from '@fluentui/react-components'
import { OperationSummary } from './operation-summary.tsx'
import type { CurrentRequest } from './use-current-request.ts'

const useStyles = makeStyles({
  surface: { maxWidth: 'min(960px, calc(100vw - 32px))', width: '100%' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
})

export interface WhatIfDialogProps {
  /** The request read when the dialog opened; null keeps it closed. */
  shown: CurrentRequest | null
  onClose: () => void
}

/** `-WhatIf`'s answer: the cmdlet's sentence and the whole request. */
export function WhatIfDialog({ shown, onClose }: WhatIfDialogProps) {
  const styles = useStyles()
  return (
    <Dialog
      open={shown !== null}
      onOpenChange={(_, data) => {
        if (!data.open) onClose()
      }}
    >
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>-WhatIf</DialogTitle>
          <DialogContent className={styles.content}>
            {shown && (
              <OperationSummary
                request={shown.request}
                validationErrors={shown.validationErrors}
                bodyLabel="What if request body"
              />
            )}
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="primary">Close</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}
