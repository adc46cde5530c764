import { Button, Text } from '@fluentui/react-components'
import { AppDialog } from '#src/components/ui/app-dialog.tsx'
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
    <AppDialog
      open={pending !== null || problem !== null}
      onOpenChange={(open) => {
        if (!open) onClose()
      }}
      title={problem ? 'The template could not be loaded' : `Replace the body with “${pending?.name ?? ''}”?`}
      actions={
        <>
          {pending && (
            <Button appearance="primary" onClick={() => onReplace(pending)}>
              Replace
            </Button>
          )}
          <Button onClick={onClose}>{problem ? 'Close' : 'Cancel'}</Button>
        </>
      }
    >
      <Text>
        {problem ??
          `${pending?.description ?? ''} The current body will be replaced; the parameter set and ids stay.`}
      </Text>
    </AppDialog>
  )
}
