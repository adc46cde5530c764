import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components'
import { ArrowShuffleRegular } from '@fluentui/react-icons'
import { useController } from 'react-hook-form'
import type { GeneratorSettings } from './generator-settings.ts'
import { newSeed } from './new-seed.ts'

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  input: { flex: '1 1 auto', fontFamily: tokens.fontFamilyMonospace },
})

/**
 * The seed of the surrounding form (Generate, Bulk send), shown so it can be written down and typed back to
 * get the same sessions again.
 */
export function SeedField({ hint }: { hint: string }) {
  const styles = useStyles()
  const { field, fieldState } = useController<GeneratorSettings, 'seed'>({ name: 'seed' })
  const issue = fieldState.error?.message
  return (
    <Field label="Seed" hint={hint} validationMessage={issue}>
      {(fieldProps) => (
        <div className={styles.row}>
          <Input
            {...fieldProps}
            ref={field.ref}
            name={field.name}
            value={field.value}
            onChange={(_, data) => {
              field.onChange(data.value)
            }}
            onBlur={field.onBlur}
            className={styles.input}
            spellCheck={false}
            autoComplete="off"
          />
          <Button
            icon={<ArrowShuffleRegular />}
            onClick={() => {
              field.onChange(newSeed())
            }}
          >
            New seed
          </Button>
        </div>
      )}
    </Field>
  )
}
