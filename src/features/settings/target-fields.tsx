import { Field, Radio, RadioGroup } from '@fluentui/react-components'
import { activeTarget, ENTRA_LOGIN } from './active-target.ts'
import { ScopesSetting, TextSetting } from './setting-inputs.tsx'
import { PROTOCOLS, type TargetSettings } from './target-settings.ts'

interface TargetFieldsProps {
  settings: TargetSettings
  onChange: (settings: TargetSettings) => void
}

/** The fields of the chosen target; the other targets keep their values untouched. */
export function TargetFields({ settings, onChange }: TargetFieldsProps) {
  const { issues } = activeTarget(settings)
  const kind = settings.target
  if (kind === 'graph') {
    const graph = settings.graph
    const set = (patch: Partial<typeof graph>) => onChange({ ...settings, graph: { ...graph, ...patch } })
    return (
      <>
        <TextSetting
          label="Tenant"
          hint={`Sign-in authority: ${ENTRA_LOGIN}/${graph.tenant || '{tenant}'}`}
          value={graph.tenant}
          issue={issues.tenant}
          onChange={(tenant) => set({ tenant })}
        />
        <TextSetting
          label="Client id"
          hint="Your app registration's application (client) id, registered as a single-page application."
          value={graph.clientId}
          issue={issues.clientId}
          placeholder="00000000-0000-0000-0000-000000000000"
          onChange={(clientId) => set({ clientId })}
        />
        <ScopesSetting
          key="graph"
          value={graph.scopes}
          issue={issues.scopes}
          onChange={(scopes) => set({ scopes })}
        />
        <TextSetting
          label="Base URL"
          value={graph.baseUrl}
          issue={issues.baseUrl}
          onChange={(baseUrl) => set({ baseUrl })}
        />
      </>
    )
  }
  const section = kind === 'sandbox' ? settings.sandbox : settings.custom
  const set = (patch: Partial<typeof section>) =>
    onChange(
      kind === 'sandbox'
        ? { ...settings, sandbox: { ...settings.sandbox, ...patch } }
        : { ...settings, custom: { ...settings.custom, ...patch } },
    )
  return (
    <>
      {kind === 'custom' && (
        <Field label="Sign-in protocol">
          <RadioGroup
            layout="horizontal"
            value={settings.custom.protocol}
            onChange={(_, data) => {
              const protocol = PROTOCOLS.find((p) => p === data.value) ?? 'OIDC'
              onChange({ ...settings, custom: { ...settings.custom, protocol } })
            }}
          >
            <Radio value="OIDC" label="OpenID Connect" />
            <Radio value="Entra" label="Microsoft Entra ID" />
          </RadioGroup>
        </Field>
      )}
      <TextSetting
        label="Authority"
        value={section.authority}
        issue={issues.authority}
        placeholder="https://login.example.com/tenant"
        onChange={(authority) => set({ authority })}
      />
      <TextSetting
        label="Client id"
        value={section.clientId}
        issue={issues.clientId}
        onChange={(clientId) => set({ clientId })}
      />
      <ScopesSetting
        key={kind}
        value={section.scopes}
        issue={issues.scopes}
        onChange={(scopes) => set({ scopes })}
      />
      <TextSetting
        label="Base URL"
        hint="The Graph version root; the request path is appended to it."
        value={section.baseUrl}
        issue={issues.baseUrl}
        placeholder="https://api.example.com/beta"
        onChange={(baseUrl) => set({ baseUrl })}
      />
    </>
  )
}
