import { Button, Tooltip, useRestoreFocusTarget } from '@fluentui/react-components'
import { SettingsRegular } from '@fluentui/react-icons'
import { Suspense, useState } from 'react'
import { lazyPart, useOpenedOnce } from '#src/components/ui/lazy-part.ts'
import { useSettingsStore } from './settings-context.ts'

// Needed only once someone opens Settings, so the dialog and its form stay out of the first download.
const settings = lazyPart(() => import('./settings-form.tsx').then((m) => m.SettingsFormDialog))

/** The header's "Settings" button and dialog: where Send goes and how to sign in for it. */
export function SettingsDialog() {
  const store = useSettingsStore()
  const restoreFocusTarget = useRestoreFocusTarget()
  const [open, setOpen] = useState(false)
  const mounted = useOpenedOnce(open)
  return (
    <>
      <Tooltip content="Settings: where Send goes and how to sign in for it" relationship="description">
        <Button
          appearance="subtle"
          icon={<SettingsRegular />}
          aria-label="Settings"
          {...restoreFocusTarget}
          onPointerEnter={settings.prefetch}
          onFocus={settings.prefetch}
          onClick={() => setOpen(true)}
        />
      </Tooltip>
      {mounted && (
        <Suspense fallback={null}>
          <settings.Component store={store} open={open} onOpenChange={setOpen} />
        </Suspense>
      )}
    </>
  )
}
