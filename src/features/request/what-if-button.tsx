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
import { EyeRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { OperationSummary } from './operation-summary.tsx'
import { useCurrentRequest, type CurrentRequest } from './use-current-request.ts'

const useStyles = makeStyles({
  surface: { maxWidth: 'min(960px, calc(100vw - 32px))', width: '100%' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
})

export interface WhatIfButtonProps {
  /** Runs before the request is read, e.g. to flush the JSON editor's pending text into the draft. */
  onBeforeOpen?: () => void
}

/** `-WhatIf`: says what would happen and shows the whole request. It sends nothing, ever. */
export function WhatIfButton({ onBeforeOpen }: WhatIfButtonProps) {
  const styles = useStyles()
  const current = useCurrentRequest()
  const [shown, setShown] = useState<CurrentRequest | null>(null)
  return (
    <Dialog
      open={shown !== null}
      onOpenChange={(_, data) => {
        if (data.open) onBeforeOpen?.()
        setShown(data.open ? current() : null)
      }}
    >
      <DialogTrigger disableButtonEnhancement>
        <Button icon={<EyeRegular />}>What if</Button>
      </DialogTrigger>
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
