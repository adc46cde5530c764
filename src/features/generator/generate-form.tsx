import {
  Button,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogTitle,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components'
import { useState } from 'react'
import { useDialogLayout } from '#src/components/ui/dialog-layout.ts'
import { useDraftStore } from '#src/features/open-draft/draft-context.tsx'
import { generateSession } from './generate-session.ts'
import type { GeneratorSettings } from './generator-settings.ts'
import { SeedField } from './seed-field.tsx'
import { ShapeFields } from './shape-fields.tsx'

const useStyles = makeStyles({
  error: { color: tokens.colorPaletteRedForeground1 },
})

export interface GenerateFormProps {
  settings: GeneratorSettings
  onSettingsChange: (settings: GeneratorSettings) => void
  onDone: () => void
}

/** The generator's options; Generate replaces the body (the parameter set and ids stay). */
export function GenerateForm({ settings, onSettingsChange, onDone }: GenerateFormProps) {
  const styles = useStyles()
  const layout = useDialogLayout()
  const store = useDraftStore()
  const [problem, setProblem] = useState<string | null>(null)
  const { seed, segments, mediaPerSegment, streamsPerMedia, modalities } = settings
  const streams = segments * mediaPerSegment * streamsPerMedia
  const ready = seed.trim() !== '' && modalities.length > 0
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault()
        if (!ready) return
        try {
          store.replaceBody(
            generateSession({ seed: seed.trim(), segments, mediaPerSegment, streamsPerMedia, modalities }),
          )
          onDone()
        } catch (error) {
          setProblem(error instanceof Error ? error.message : String(error))
        }
      }}
    >
      <DialogBody>
        <DialogTitle>Generate a session</DialogTitle>
        <DialogContent className={layout.stack}>
          <ShapeFields value={settings} onChange={(shape) => onSettingsChange({ ...settings, ...shape })} />
          <SeedField
            value={seed}
            hint="The same seed and shape always give the same session."
            onChange={(next) => onSettingsChange({ ...settings, seed: next })}
          />
          <Text size={200}>
            {segments} × {mediaPerSegment} × {streamsPerMedia}: {streams.toLocaleString('en-US')}{' '}
            {streams === 1 ? 'stream' : 'streams'}. Generate replaces the body; the parameter set and ids
            stay.
          </Text>
          {problem && (
            <Text role="alert" className={styles.error}>
              {problem}
            </Text>
          )}
        </DialogContent>
        <DialogActions>
          <Button type="submit" appearance="primary" disabled={!ready}>
            Generate
          </Button>
          <Button onClick={onDone}>Cancel</Button>
        </DialogActions>
      </DialogBody>
    </form>
  )
}
