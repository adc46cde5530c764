import { Button, Field, Input, makeStyles, tokens, Tooltip } from '@fluentui/react-components'
import { ArrowSyncRegular } from '@fluentui/react-icons'
import { useController } from 'react-hook-form'
import { useDraftStore } from '#src/features/open-draft/draft-context.tsx'
import { useValidation } from '#src/features/open-draft/validation-context.tsx'
import { uuidV4 } from '#src/lib/uuid-v4.ts'
import type { InvocationFormValues } from './invocation-form.ts'

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  input: { minWidth: '22em' },
})

/** `-CallRecordId`, a field of the invocation form; each edit goes to the draft. */
export function CallRecordIdField() {
  const store = useDraftStore()
  const styles = useStyles()
  const { field, fieldState } = useController<InvocationFormValues, 'callRecordId'>({ name: 'callRecordId' })
  // Empty is an error once the field was visited, or once Send or What if was tried; not on first sight.
  const attempted = useValidation((v) => v.attempted)
  // Read on every render: react-hook-form re-renders for the errors only once they were read, so reading
  // them first after a try would find the form state of before the errors were known.
  const error = fieldState.error?.message
  const issue = fieldState.isTouched || attempted ? error : undefined
  return (
    <Field
      label="CallRecordId"
      required
      validationState={issue ? 'error' : 'none'}
      validationMessage={issue}
      hint={issue ? undefined : 'The unique identifier of callRecord'}
    >
      {(fieldProps) => (
        <div className={styles.row}>
          <Input
            {...fieldProps}
            ref={field.ref}
            name={field.name}
            value={field.value}
            onChange={(_, data) => {
              field.onChange(data.value)
              store.setCallRecordId(data.value)
            }}
            onBlur={field.onBlur}
            className={styles.input}
            spellCheck={false}
            placeholder="e.g. 2f1a1100-b174-40a0-aba7-0b405e01ed92"
          />
          <Tooltip content="A new random CallRecordId (a GUID)" relationship="description">
            <Button
              icon={<ArrowSyncRegular />}
              aria-label="New CallRecordId"
              onClick={() => {
                store.setCallRecordId(uuidV4())
              }}
            />
          </Tooltip>
        </div>
      )}
    </Field>
  )
}
