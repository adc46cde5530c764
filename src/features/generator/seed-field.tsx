import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components'
import { ArrowShuffleRegular } from '@fluentui/react-icons'
import { newSeed } from './new-seed.ts'

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  input: { flex: '1 1 auto', fontFamily: tokens.fontFamilyMonospace },
})

export interface SeedFieldProps {
  value: string
  hint: string
  onChange: (seed: string) => void
}

/** The seed, shown so it can be written down and typed back to get the same sessions again. */
export function SeedField({ value, hint, onChange }: SeedFieldProps) {
  const styles = useStyles()
  return (
    <Field label="Seed" hint={hint} validationMessage={value.trim() ? undefined : 'A seed is needed.'}>
      {(fieldProps) => (
        <div className={styles.row}>
          <Input
            {...fieldProps}
            className={styles.input}
            value={value}
            spellCheck={false}
            autoComplete="off"
            onChange={(_, data) => {
              onChange(data.value)
            }}
          />
          <Button
            icon={<ArrowShuffleRegular />}
            onClick={() => {
              onChange(newSeed())
            }}
          >
            New seed
          </Button>
        </div>
      )}
    </Field>
  )
}
