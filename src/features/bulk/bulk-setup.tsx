import { makeStyles, Radio, RadioGroup, Field, Text, tokens } from '@fluentui/react-components'
import { CountField } from '#src/features/generator/count-field.tsx'
import { SeedField } from '#src/features/generator/seed-field.tsx'
import { ShapeFields } from '#src/features/generator/shape-fields.tsx'
import { MAX_CONCURRENCY } from './bulk-runner.ts'
import { COUNT_LIMITS, type BulkSettings } from './bulk-settings.ts'

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: {
    display: 'grid',
    gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
    alignItems: 'start',
    gap: tokens.spacingHorizontalM,
  },
  target: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
})

export interface BulkSetupProps {
  settings: BulkSettings
  onChange: (settings: BulkSettings) => void
  url: string
}

/** How many, from what, how fast, and where to: everything a run needs before it starts. */
export function BulkSetup({ settings, onChange, url }: BulkSetupProps) {
  const styles = useStyles()
  const set = (patch: Partial<BulkSettings>) => {
    onChange({ ...settings, ...patch })
  }
  return (
    <div className={styles.root}>
      <Text>
        POST to <span className={styles.target}>{url}</span>
      </Text>
      <div className={styles.row}>
        <CountField
          label="Sessions"
          {...COUNT_LIMITS}
          value={settings.count}
          onChange={(count) => set({ count })}
        />
        <CountField
          label="Parallel requests"
          min={1}
          max={MAX_CONCURRENCY}
          hint="Throttling (429, Retry-After) is honoured either way."
          value={settings.concurrency}
          onChange={(concurrency) => set({ concurrency })}
        />
      </div>
      <Field label="Bodies">
        <RadioGroup
          value={settings.source}
          onChange={(_, data) => {
            set({ source: data.value === 'variations' ? 'variations' : 'generated' })
          }}
        >
          <Radio value="generated" label="Generated sessions of this shape" />
          <Radio
            value="variations"
            label="Variations of the current body (new ids, later times, metrics a little different)"
          />
        </RadioGroup>
      </Field>
      {settings.source === 'generated' && <ShapeFields value={settings} onChange={(shape) => set(shape)} />}
      <SeedField
        value={settings.seed}
        hint="The same seed gives the same bodies, so a run can be repeated."
        onChange={(seed) => set({ seed })}
      />
    </div>
  )
}
