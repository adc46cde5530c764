import { Button, Dialog, DialogSurface, DialogTrigger, makeStyles } from '@fluentui/react-components'
import { SettingsRegular } from '@fluentui/react-icons'
import { useState, type ComponentType } from 'react'
import { useSettingsStore } from './settings-context.ts'
import type { SettingsFormProps } from './settings-form.tsx'

// The form is needed only once someone opens Settings, so it stays out of the first download. It is loaded
// before the dialog opens (not behind Suspense inside it): a surface that opens empty and fills later keeps
// the focus trap's aria-hidden on itself.
let formModule: Promise<{ SettingsForm: ComponentType<SettingsFormProps> }> | undefined
const loadForm = () => (formModule ??= import('./settings-form.tsx'))

const useStyles = makeStyles({
  surface: { maxWidth: 'min(720px, calc(100vw - 32px))', width: '100%' },
})

/** The header's "Settings" button and dialog: where Send goes and how to sign in for it. */
export function SettingsDialog() {
  const styles = useStyles()
  const store = useSettingsStore()
  const [Form, setForm] = useState<ComponentType<SettingsFormProps> | null>(null)
  const [open, setOpen] = useState(false)
  const prefetch = () => {
    void loadForm()
  }
  return (
    <Dialog
      open={open && Form !== null}
      onOpenChange={(_, data) => {
        if (!data.open) setOpen(false)
        else
          loadForm().then(
            (module) => {
              setForm(() => module.SettingsForm)
              setOpen(true)
            },
            () => {
              setOpen(false)
            },
          )
      }}
    >
      <DialogTrigger disableButtonEnhancement>
        <Button appearance="subtle" icon={<SettingsRegular />} onPointerEnter={prefetch} onFocus={prefetch}>
          Settings
        </Button>
      </DialogTrigger>
      <DialogSurface className={styles.surface}>
        {Form && (
          <Form
            store={store}
            onDone={() => {
              setOpen(false)
            }}
          />
        )}
      </DialogSurface>
    </Dialog>
  )
}
