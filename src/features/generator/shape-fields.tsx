import { Checkbox, Label, makeStyles, Text, tokens, useId } from '@fluentui/react-components'
import { CountField } from './count-field.tsx'
import { MODALITY_CHOICES, SHAPE_LIMITS, type GeneratorShape } from './generator-settings.ts'

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

export interface ShapeFieldsProps {
  value: GeneratorShape
  onChange: (value: GeneratorShape) => void
}

/** Segments × media × streams, and which modalities the media cycle through. */
export function ShapeFields({ value, onChange }: ShapeFieldsProps) {
  const styles = useStyles()
  const labelId = useId('modalities')
  const hintId = useId('modalities-hint')
  const set = (patch: Partial<GeneratorShape>) => {
    onChange({ ...value, ...patch })
  }
  return (
    <>
      <div className={styles.counts}>
        <CountField
          label="Segments"
          {...SHAPE_LIMITS.segments}
          value={value.segments}
          onChange={(segments) => set({ segments })}
        />
        <CountField
          label="Media per segment"
          {...SHAPE_LIMITS.mediaPerSegment}
          value={value.mediaPerSegment}
          onChange={(mediaPerSegment) => set({ mediaPerSegment })}
        />
        <CountField
          label="Streams per media"
          {...SHAPE_LIMITS.streamsPerMedia}
          value={value.streamsPerMedia}
          onChange={(streamsPerMedia) => set({ streamsPerMedia })}
        />
      </div>
      {/* Not a Field: a Field gives its one control id to every checkbox inside it. */}
      <div className={styles.group}>
        <Label id={labelId}>Modalities</Label>
        <div role="group" aria-labelledby={labelId} aria-describedby={hintId} className={styles.modalities}>
          {MODALITY_CHOICES.map((choice) => (
            <Checkbox
              key={choice.value}
              label={choice.label}
              checked={value.modalities.includes(choice.value)}
              onChange={(_, data) => {
                const others = value.modalities.filter((m) => m !== choice.value)
                set({
                  modalities: data.checked
                    ? MODALITY_CHOICES.map((c) => c.value).filter(
                        (m) => m === choice.value || others.includes(m),
                      )
                    : others,
                })
              }}
            />
          ))}
        </div>
        <Text id={hintId} size={200} className={value.modalities.length === 0 ? styles.error : styles.hint}>
          {value.modalities.length === 0 ? 'Pick at least one modality.' : 'Media take these in turn.'}
        </Text>
      </div>
    </>
  )
}
