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
import type { KeyboardEvent, ReactNode, SubmitEvent } from 'react'

const useStyles = makeStyles({
  // Never wider than the window less a margin; "small" is Fluent's own width.
  medium: { maxWidth: 'min(760px, calc(100vw - 32px))', width: '100%' },
  wide: { maxWidth: 'min(960px, calc(100vw - 32px))', width: '100%' },
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
})

export interface AppDialogProps {
  open: boolean
  /** Escape, a click outside (except for alerts), or the dialog's own buttons. */
  onOpenChange: (open: boolean) => void
  title: ReactNode
  children: ReactNode
  /** The buttons at the end of the dialog; the first is usually the primary one. */
  actions: ReactNode
  /** Buttons set apart at the start, e.g. Reset to defaults. */
  startActions?: ReactNode
  size?: 'small' | 'medium' | 'wide'
  modalType?: DialogProps['modalType']
  /** Makes the dialog a form: Enter in a field submits it, and a `type="submit"` button does. */
  onSubmit?: (event: SubmitEvent<HTMLFormElement>) => void
  /** A key pressed anywhere in the dialog (Confirm answers to PowerShell's letters). */
  onKeyDown?: (event: KeyboardEvent<HTMLElement>) => void
}

/** Every dialog of the app: a title, its parts in one column, the actions under them. */
export function AppDialog({
  open,
  onOpenChange,
  title,
  children,
  actions,
  startActions,
  size = 'small',
  modalType,
  onSubmit,
  onKeyDown,
}: AppDialogProps) {
  const styles = useStyles()
  const body = (
    <DialogBody>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent className={styles.stack}>{children}</DialogContent>
      {startActions && <DialogActions position="start">{startActions}</DialogActions>}
      <DialogActions position={startActions ? 'end' : undefined}>{actions}</DialogActions>
    </DialogBody>
  )
  return (
    <Dialog open={open} modalType={modalType} onOpenChange={(_, data) => onOpenChange(data.open)}>
      <DialogSurface className={size === 'small' ? undefined : styles[size]} onKeyDown={onKeyDown}>
        {onSubmit ? (
          <form noValidate onSubmit={onSubmit}>
            {body}
          </form>
        ) : (
          body
        )}
      </DialogSurface>
    </Dialog>
  )
}
