import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components'
import type { SessionTemplate } from './catalog.ts'

export interface ReplaceBodyDialogProps {
  /** The template waiting for a yes; null when there is none. */
  pending: SessionTemplate | null
  /** Why the last template could not be loaded; null when it could. */
  problem: string | null
  onReplace: (template: SessionTemplate) => void
  onClose: () => void
}

/** Asks before a template replaces a body with content, or says why a template could not be loaded. */
export function ReplaceBodyDialog({ pending, problem, onReplace, onClose }: ReplaceBodyDialogProps) {
  return (
    <Dialog
      open={pending !== null || problem !== null}
      onOpenChange={(_, data) => {
        if (!data.open) onClose()
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>
            {problem ? 'The template could not be loaded' : `Replace the body with “${pending?.name ?? ''}”?`}
          </DialogTitle>
          <DialogContent>
            {problem ??
              `${pending?.description ?? ''} The current body will be replaced; the parameter set and ids stay.`}
          </DialogContent>
          <DialogActions>
            {pending ? (
              <Button appearance="primary" onClick={() => onReplace(pending)}>
                Replace
              </Button>
            ) : null}
            <Button onClick={onClose}>{problem ? 'Close' : 'Cancel'}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}
