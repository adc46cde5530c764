import { Dialog, DialogSurface } from '@fluentui/react-components'
import { useState } from 'react'
import { GenerateForm } from './generate-form.tsx'
import { defaultGeneratorSettings } from './generator-settings.ts'

export interface GenerateDialogProps {
  open: boolean
  onOpenChange: (open: boolean) => void
}

/** "Generate": a realistic session of a chosen shape from a seed. The options are kept between openings. */
export function GenerateDialog({ open, onOpenChange }: GenerateDialogProps) {
  const [settings, setSettings] = useState(defaultGeneratorSettings)
  return (
    <Dialog open={open} onOpenChange={(_, data) => onOpenChange(data.open)}>
      <DialogSurface>
        <GenerateForm settings={settings} onSettingsChange={setSettings} onDone={() => onOpenChange(false)} />
      </DialogSurface>
    </Dialog>
  )
}
