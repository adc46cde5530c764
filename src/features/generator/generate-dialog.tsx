import { Button, makeStyles, Text, tokens } from '@fluentui/react-components'
import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { FormProvider, useForm, useFormState, useWatch } from 'react-hook-form'
import { AppDialog } from '#src/components/ui/app-dialog.tsx'
import { useDraftStore } from '#src/features/open-draft/draft-context.tsx'
import { generateSession } from './generate-session.ts'
import { defaultGeneratorSettings, generatorSettings, type GeneratorSettings } from './generator-settings.ts'
import { SeedField } from './seed-field.tsx'
import { ShapeFields } from './shape-fields.tsx'

const useStyles = makeStyles({
  error: { color: tokens.colorPaletteRedForeground1 },
})

export interface GenerateDialogProps {
  open: boolean
  onOpenChange: (open: boolean) => void
}

/**
 * "Generate": a realistic session of a chosen shape from a seed. Generate replaces the body (the parameter set
 * and ids stay). The dialog stays mounted once opened, so its options are kept between openings.
 */
export function GenerateDialog({ open, onOpenChange }: GenerateDialogProps) {
  const styles = useStyles()
  const store = useDraftStore()
  const [problem, setProblem] = useState<string | null>(null)
  const form = useForm<GeneratorSettings>({
    resolver: zodResolver(generatorSettings),
    defaultValues: defaultGeneratorSettings(),
    mode: 'onChange',
  })
  const close = () => {
    onOpenChange(false)
  }
  return (
    <FormProvider {...form}>
      <AppDialog
        open={open}
        onOpenChange={onOpenChange}
        title="Generate a session"
        onSubmit={(event) => {
          void form.handleSubmit((settings) => {
            try {
              store.replaceBody(generateSession(settings))
              setProblem(null)
              close()
            } catch (error) {
              setProblem(error instanceof Error ? error.message : String(error))
            }
          })(event)
        }}
        actions={
          <>
            <SubmitButton>Generate</SubmitButton>
            <Button onClick={close}>Cancel</Button>
          </>
        }
      >
        <ShapeFields />
        <SeedField hint="The same seed and shape always give the same session." />
        <ShapeSummary />
        {problem && (
          <Text role="alert" className={styles.error}>
            {problem}
          </Text>
        )}
      </AppDialog>
    </FormProvider>
  )
}

function SubmitButton({ children }: { children: string }) {
  const { isValid } = useFormState<GeneratorSettings>()
  return (
    <Button type="submit" appearance="primary" disabled={!isValid}>
      {children}
    </Button>
  )
}

function ShapeSummary() {
  const [segments, media, streams] = useWatch<
    GeneratorSettings,
    ['segments', 'mediaPerSegment', 'streamsPerMedia']
  >({
    name: ['segments', 'mediaPerSegment', 'streamsPerMedia'],
  })
  const total = segments * media * streams
  return (
    <Text size={200}>
      {segments} × {media} × {streams}: {total.toLocaleString('en-US')} {total === 1 ? 'stream' : 'streams'}.
      Generate replaces the body; the parameter set and ids stay.
    </Text>
  )
}
