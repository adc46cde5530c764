import { Field, Input } from '@fluentui/react-components'
import { useController } from 'react-hook-form'
import type { SettingsFormValues } from './settings-form-values.ts'
import type { TargetKind } from './target-settings.ts'

type TextSettingName =
  | `${TargetKind}.clientId`
  | `${TargetKind}.scopes`
  | `${TargetKind}.baseUrl`
  | 'sandbox.authority'
  | 'custom.authority'
  | 'graph.tenant'

interface TextSettingProps {
  name: TextSettingName
  label: string
  hint?: string
  placeholder?: string
}

/**
 * One text setting of the Settings form; its problem shows under it. Controlled (Fluent's Input keeps its own
 * copy of the text), and subscribed to this field alone, so typing elsewhere renders nothing here.
 */
export function TextSetting({ name, label, hint, placeholder }: TextSettingProps) {
  const { field, fieldState } = useController<SettingsFormValues, TextSettingName>({ name })
  const { ref, value, onChange, onBlur } = field
  const issue = fieldState.error?.message
  return (
    <Field label={label} hint={hint} validationMessage={issue} validationState={issue ? 'error' : 'none'}>
      <Input
        ref={ref}
        name={name}
        value={value}
        onChange={(_, data) => {
          onChange(data.value)
        }}
        onBlur={onBlur}
        placeholder={placeholder}
        spellCheck={false}
        autoComplete="off"
      />
    </Field>
  )
}
