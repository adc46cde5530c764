import { Checkbox, Label, makeStyles, Text, tokens, useId } from '@fluentui/react-components'
import { useController } from 'react-hook-form'
import { CountField } from './count-field.tsx'
import { MODALITY_CHOICES, NO_MODALITY, SHAPE_LIMITS, type GeneratorShape } from './generator-settings.ts'

const useStyles = makeStyles({
  counts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(3, minmax(0, 1fr))',
    alignItems: 'start',
    gap: tokens.spacingHorizontalM,
  },
  modalities: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  hint: { color: tokens.colorNeutralForeground3 },
  error: { color: tokens.colorPaletteRedForeground1 },
})

/** Segments × media × streams, and which modalities the media cycle through (fields of the surrounding form). */
export function ShapeFields() {
  const styles = useStyles()
  return (
    <>
      <div className={styles.counts}>
        <CountField<GeneratorShape> name="segments" label="Segments" {...SHAPE_LIMITS.segments} />
        <CountField<GeneratorShape>
          name="mediaPerSegment"
          label="Media per segment"
          {...SHAPE_LIMITS.mediaPerSegment}
        />
        <CountField<GeneratorShape>
          name="streamsPerMedia"
          label="Streams per media"
          {...SHAPE_LIMITS.streamsPerMedia}
        />
      </div>
      <ModalityChoice />
    </>
  )
}

function ModalityChoice() {
  const styles = useStyles()
  const labelId = useId('modalities')
  const hintId = useId('modalities-hint')
  const { field, fieldState } = useController<GeneratorShape, 'modalities'>({ name: 'modalities' })
  const chosen = field.value
  const problem = fieldState.error?.message ?? (chosen.length === 0 ? NO_MODALITY : null)
  return (
    // Not a Field: a Field gives its one control id to every checkbox inside it.
    <div className={styles.group}>
      <Label id={labelId}>Modalities</Label>
      <div role="group" aria-labelledby={labelId} aria-describedby={hintId} className={styles.modalities}>
        {MODALITY_CHOICES.map((choice) => (
          <Checkbox
            key={choice.value}
            label={choice.label}
            checked={chosen.includes(choice.value)}
            onChange={(_, data) => {
              const others = chosen.filter((m) => m !== choice.value)
              // Kept in the list's order, so the same choice always gives the same sessions.
              field.onChange(
                data.checked
                  ? MODALITY_CHOICES.map((c) => c.value).filter(
                      (m) => m === choice.value || others.includes(m),
                    )
                  : others,
              )
            }}
          />
        ))}
      </div>
      <Text id={hintId} size={200} className={problem ? styles.error : styles.hint}>
        {problem ?? 'Media take these in turn.'}
      </Text>
    </div>
  )
}
