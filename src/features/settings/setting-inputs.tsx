import { Field, Input } from '@fluentui/react-components'
import { useState } from 'react'
import { splitScopes } from './settings-env.ts'

interface TextSettingProps {
  label: string
  value: string
  onChange: (value: string) => void
  hint?: string
  issue?: string
  placeholder?: string
}

export function TextSetting({ label, value, onChange, hint, issue, placeholder }: TextSettingProps) {
  return (
    <Field label={label} hint={hint} validationMessage={issue} validationState={issue ? 'error' : 'none'}>
      <Input
        value={value}
        placeholder={placeholder}
        spellCheck={false}
        autoComplete="off"
        onChange={(_, data) => {
          onChange(data.value)
        }}
      />
    </Field>
  )
}

interface ScopesSettingProps {
  value: readonly string[]
  onChange: (value: string[]) => void
  issue?: string
  placeholder?: string
}

/** Edited as text (space or comma separated) so a trailing space while typing is not eaten. */
export function ScopesSetting({ value, onChange, issue, placeholder }: ScopesSettingProps) {
  const [text, setText] = useState(() => value.join(' '))
  return (
    <TextSetting
      label="Scopes"
      hint="Space-separated; MSAL adds openid and profile."
      value={text}
      issue={issue}
      placeholder={placeholder}
      onChange={(next) => {
        setText(next)
        onChange(splitScopes(next))
      }}
    />
  )
}
