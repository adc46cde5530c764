import { Field, Radio, RadioGroup } from '@fluentui/react-components'
import { activeTarget, ENTRA_LOGIN } from './active-target.ts'
import { ScopesSetting, TextSetting } from './setting-inputs.tsx'
import { PROTOCOLS, type TargetKind, type TargetSettings } from './target-settings.ts'

interface TargetFieldsProps {
  settings: TargetSettings
  onChange: (settings: TargetSettings) => void
}

/** What every target has: an app to sign in as, the scopes it asks for, where requests go. */
type CommonPatch = Partial<Pick<TargetSettings[TargetKind], 'clientId' | 'scopes' | 'baseUrl'>>

/** The `kind` section with `patch` applied; the other targets keep their values untouched. */
function patched<K extends TargetKind>(
  settings: TargetSettings,
  kind: K,
  patch: Partial<TargetSettings[K]>,
): TargetSettings {
  return { ...settings, [kind]: { ...settings[kind], ...patch } }
}

/** The fields of the chosen target: how it signs in first, then client id, scopes and base URL. */
export function TargetFields({ settings, onChange }: TargetFieldsProps) {
  const { issues } = activeTarget(settings)
  const kind = settings.target
  const section = settings[kind]
  const graph = kind === 'graph'
  const set = (patch: CommonPatch) => onChange(patched(settings, kind, patch))
  return (
    <>
      {kind === 'graph' && (
        <TextSetting
          label="Tenant"
          hint={`Sign-in authority: ${ENTRA_LOGIN}/${settings.graph.tenant || '{tenant}'}`}
          value={settings.graph.tenant}
          issue={issues.tenant}
          onChange={(tenant) => onChange(patched(settings, kind, { tenant }))}
        />
      )}
      {kind === 'custom' && (
        <Field label="Sign-in protocol">
          <RadioGroup
            layout="horizontal"
            value={settings.custom.protocol}
            onChange={(_, data) => {
              const protocol = PROTOCOLS.find((p) => p === data.value) ?? 'OIDC'
              onChange(patched(settings, kind, { protocol }))
            }}
          >
            <Radio value="OIDC" label="OpenID Connect" />
            <Radio value="Entra" label="Microsoft Entra ID" />
          </RadioGroup>
        </Field>
      )}
      {kind !== 'graph' && (
        <TextSetting
          label="Authority"
          value={settings[kind].authority}
          issue={issues.authority}
          placeholder="https://login.example.com/tenant"
          onChange={(authority) => onChange(patched(settings, kind, { authority }))}
        />
      )}
      <TextSetting
        label="Client id"
        hint={
          graph
            ? "Your app registration's application (client) id, registered as a single-page application."
            : undefined
        }
        value={section.clientId}
        issue={issues.clientId}
        placeholder={graph ? '00000000-0000-0000-0000-000000000000' : undefined}
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
        hint={graph ? undefined : 'The Graph version root; the request path is appended to it.'}
        value={section.baseUrl}
        issue={issues.baseUrl}
        placeholder={graph ? undefined : 'https://api.example.com/beta'}
        onChange={(baseUrl) => set({ baseUrl })}
      />
    </>
  )
}
