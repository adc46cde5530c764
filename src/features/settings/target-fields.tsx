import { Field, Radio, RadioGroup } from '@fluentui/react-components'
import { Controller, useFormContext, useWatch } from 'react-hook-form'
import { ENTRA_LOGIN } from './active-target.ts'
import { TextSetting } from './setting-inputs.tsx'
import type { SettingsFormValues } from './settings-form-values.ts'
import { PROTOCOLS, type TargetKind } from './target-settings.ts'

/** The fields of the chosen target: how it signs in first, then client id, scopes and base URL. */
export function TargetFields({ kind }: { kind: TargetKind }) {
  const graph = kind === 'graph'
  return (
    <>
      {kind === 'graph' && <TenantSetting />}
      {kind === 'custom' && <ProtocolSetting />}
      {kind !== 'graph' && (
        <TextSetting
          key={`${kind}.authority`}
          name={`${kind}.authority`}
          label="Authority"
          placeholder="https://login.example.com/tenant"
        />
      )}
      <TextSetting
        key={`${kind}.clientId`}
        name={`${kind}.clientId`}
        label="Client id"
        hint={
          graph
            ? "Your app registration's application (client) id, registered as a single-page application."
            : undefined
        }
        placeholder={graph ? '00000000-0000-0000-0000-000000000000' : undefined}
      />
      <TextSetting
        key={`${kind}.scopes`}
        name={`${kind}.scopes`}
        label="Scopes"
        hint="Space-separated; MSAL adds openid and profile."
      />
      <TextSetting
        key={`${kind}.baseUrl`}
        name={`${kind}.baseUrl`}
        label="Base URL"
        hint={graph ? undefined : 'The Graph version root; the request path is appended to it.'}
        placeholder={graph ? undefined : 'https://api.example.com/beta'}
      />
    </>
  )
}

function TenantSetting() {
  const tenant = useWatch<SettingsFormValues, 'graph.tenant'>({ name: 'graph.tenant' })
  return (
    <TextSetting
      name="graph.tenant"
      label="Tenant"
      hint={`Sign-in authority: ${ENTRA_LOGIN}/${tenant || '{tenant}'}`}
    />
  )
}

function ProtocolSetting() {
  const { control } = useFormContext<SettingsFormValues>()
  return (
    <Controller
      control={control}
      name="custom.protocol"
      render={({ field }) => (
        <Field label="Sign-in protocol">
          <RadioGroup
            layout="horizontal"
            name={field.name}
            value={field.value}
            onChange={(_, data) => {
              field.onChange(PROTOCOLS.find((p) => p === data.value) ?? 'OIDC')
            }}
          >
            <Radio value="OIDC" label="OpenID Connect" />
            <Radio value="Entra" label="Microsoft Entra ID" />
          </RadioGroup>
        </Field>
      )}
    />
  )
}
