import { Button, Field, Input, makeStyles, tokens, Tooltip } from '@fluentui/react-components'
import { ArrowSyncRegular } from '@fluentui/react-icons'
import { useDraft, useDraftStore } from '#src/features/open-draft/draft-context.tsx'
import { uuidV4 } from '#src/lib/uuid-v4.ts'

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  input: { minWidth: '22em' },
})

export function CallRecordIdField() {
  const store = useDraftStore()
  const styles = useStyles()
  const value = useDraft((s) => s.callRecordId)
  return (
    <Field
      label="CallRecordId"
      required
      validationState={value ? 'none' : 'error'}
      validationMessage={value ? undefined : 'Required: the unique identifier of callRecord'}
      hint={value ? 'The unique identifier of callRecord' : undefined}
    >
      {(fieldProps) => (
        <div className={styles.row}>
          <Input
            {...fieldProps}
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
                store.setCallRecordId(uuidV4())
              }}
            />
          </Tooltip>
        </div>
      )}
    </Field>
  )
}
