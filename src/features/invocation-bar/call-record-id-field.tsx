import { Button, Field, Input, makeStyles, tokens, Tooltip } from '@fluentui/react-components'
import { ArrowSyncRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useDraft, useDraftStore } from '#src/features/open-draft/draft-context.tsx'
import { useValidation } from '#src/features/open-draft/validation-context.tsx'

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  input: { minWidth: '22em' },
})

export function CallRecordIdField() {
  const store = useDraftStore()
  const styles = useStyles()
  const value = useDraft((s) => s.callRecordId)
  // Empty is an error once the field was visited, or once Send or What if was tried; not on first sight.
  const [visited, setVisited] = useState(false)
  const attempted = useValidation((v) => v.attempted)
  const missing = !value && (visited || attempted)
  return (
    <Field
      label="CallRecordId"
      required
      validationState={missing ? 'error' : 'none'}
      validationMessage={missing ? 'Required: the unique identifier of callRecord' : undefined}
      hint={missing ? undefined : 'The unique identifier of callRecord'}
    >
      {(fieldProps) => (
        <div className={styles.row}>
          <Input
            {...fieldProps}
            onBlur={() => setVisited(true)}
            className={styles.input}
            value={value}
            spellCheck={false}
            placeholder="e.g. 2f1a1100-b174-40a0-aba7-0b405e01ed92"
            onChange={(_, data) => {
              store.setCallRecordId(data.value)
            }}
          />
          <Tooltip content="A new random CallRecordId (a GUID)" relationship="description">
            <Button
              icon={<ArrowSyncRegular />}
              aria-label="New CallRecordId"
              onClick={() => {
                store.setCallRecordId(crypto.randomUUID())
              }}
            />
          </Tooltip>
        </div>
      )}
    </Field>
  )
}
