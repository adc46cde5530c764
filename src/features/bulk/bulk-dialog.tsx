import { Dialog, DialogSurface } from '@fluentui/react-components'
import { useState } from 'react'
import { useDialogLayout } from '#src/components/ui/dialog-layout.ts'
import { BulkPanel } from './bulk-panel.tsx'
import type { BulkRunner } from './bulk-runner.ts'
import { defaultBulkSettings } from './bulk-settings.ts'

export interface BulkDialogProps {
  open: boolean
  onOpenChange: (open: boolean) => void
}

/** "Bulk send". A run goes on while the dialog is hidden; opening it again shows where it is. */
export function BulkDialog({ open, onOpenChange }: BulkDialogProps) {
  const layout = useDialogLayout()
  const [settings, setSettings] = useState(defaultBulkSettings)
  const [runner, setRunner] = useState<BulkRunner | null>(null)
  return (
    <Dialog open={open} onOpenChange={(_, data) => onOpenChange(data.open)}>
      <DialogSurface className={layout.medium}>
        <BulkPanel
          runner={runner}
          onRunner={setRunner}
          settings={settings}
          onSettingsChange={setSettings}
          onClose={() => onOpenChange(false)}
        />
      </DialogSurface>
    </Dialog>
  )
}
