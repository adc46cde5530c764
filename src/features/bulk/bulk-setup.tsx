import { makeStyles, Radio, RadioGroup, Field, Text, tokens } from '@fluentui/react-components'
import { Controller, useFormContext, useWatch } from 'react-hook-form'
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

/** How many, from what, how fast, and where to: everything a run needs before it starts (the Bulk send form). */
export function BulkSetup({ url }: { url: string }) {
  const styles = useStyles()
  const { control } = useFormContext<BulkSettings>()
  const source = useWatch({ control, name: 'source' })
  return (
    <div className={styles.root}>
      <Text>
        POST to <span className={styles.target}>{url}</span>
      </Text>
      <div className={styles.row}>
        <CountField<BulkSettings> name="count" label="Sessions" {...COUNT_LIMITS} />
        <CountField<BulkSettings>
          name="concurrency"
          label="Parallel requests"
          min={1}
          max={MAX_CONCURRENCY}
          hint="Throttling (429, Retry-After) is honoured either way."
        />
      </div>
      <Controller
        control={control}
        name="source"
        render={({ field }) => (
          <Field label="Bodies">
            <RadioGroup
              name={field.name}
              value={field.value}
              onChange={(_, data) => {
                field.onChange(data.value === 'variations' ? 'variations' : 'generated')
              }}
            >
              <Radio value="generated" label="Generated sessions of this shape" />
              <Radio
                value="variations"
                label="Variations of the current body (new ids, later times, metrics a little different)"
              />
            </RadioGroup>
          </Field>
        )}
      />
      {source === 'generated' && <ShapeFields />}
      <SeedField hint="The same seed gives the same bodies, so a run can be repeated." />
    </div>
  )
}
