import { Field, Input } from '@fluentui/react-components'
import { useDraft, useDraftStore } from '../draft/draft-context.tsx'

export function CallRecordIdField() {
  const store = useDraftStore()
  const value = useDraft((s) => s.callRecordId)
  return (
    <Field
      label="CallRecordId"
      required
      validationState={value ? 'none' : 'error'}
      validationMessage={value ? undefined : 'Required: the unique identifier of callRecord'}
      hint={value ? 'The unique identifier of callRecord' : undefined}
    >
      <Input
        value={value}
        placeholder="e.g. 2f1a1100-b174-40a0-aba7-0b405e01ed92"
        onChange={(_, data) => {
          store.setCallRecordId(data.value)
        }}
        style={{ minWidth: '22em' }}
      />
    </Field>
  )
}
