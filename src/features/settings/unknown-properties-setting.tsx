import { Field, Switch } from '@fluentui/react-components'

interface UnknownPropertiesSettingProps {
  checked: boolean
  onChange: (checked: boolean) => void
}

/** Graph may add properties before this app knows them: this lets a tester send them anyway. */
export function UnknownPropertiesSetting({ checked, onChange }: UnknownPropertiesSettingProps) {
  return (
    <Field hint="Keys a Graph type does not declare are then warnings, not errors, and do not block Send. Graph (and the sandbox) may still refuse them.">
      <Switch
        label="Allow properties this app doesn't know"
        checked={checked}
        onChange={(_, data) => {
          onChange(data.checked)
        }}
      />
    </Field>
  )
}
