import { Switch } from '@fluentui/react-components'
import { useDraft, useDraftStore } from '#src/features/open-draft/draft-context.tsx'

/** `-Confirm`: when on, sending asks first (with the OperationSummary). */
export function ConfirmSwitch() {
  const store = useDraftStore()
  const confirm = useDraft((s) => s.confirm)
  return (
    <Switch
      label="Confirm"
      checked={confirm}
      title="-Confirm: ask before sending"
      onChange={(_, data) => {
        store.setSwitch('confirm', data.checked)
      }}
    />
  )
}
