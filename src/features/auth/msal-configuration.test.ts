import { LogLevel } from '@azure/msal-browser'
import { describe, expect, it } from 'vitest'
import { msalConfiguration } from './msal-configuration.ts'

const sandbox = {
  protocol: 'OIDC' as const,
  authority: 'https://localhost:5443/oidc',
  clientId: 'session-composer',
  scopes: ['api://session-composer-sandbox/CallRecords.ReadWrite.All'],
}
const entra = {
  ...sandbox,
  protocol: 'Entra' as const,
  authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com',
}

describe('msalConfiguration', () => {
  it('speaks plain OIDC to the sandbox, trusting its host:port, with the popup bridge as redirect', () => {
    const config = msalConfiguration(sandbox, 'https://localhost:5443')
    expect(config.auth).toEqual({
      clientId: 'session-composer',
      authority: 'https://localhost:5443/oidc',
      redirectUri: 'https://localhost:5443/redirect.html',
      postLogoutRedirectUri: 'https://localhost:5443/',
      knownAuthorities: ['localhost:5443'],
      OIDCOptions: { defaultScopes: ['openid', 'profile'] },
    })
    expect(config.system?.protocolMode).toBe('OIDC')
    expect(config.cache).toEqual({ cacheLocation: 'sessionStorage' })
    expect(config.system?.loggerOptions?.piiLoggingEnabled).toBe(false)
  })

  it('leaves Entra ID to its own discovery', () => {
    const config = msalConfiguration(entra, 'https://app.example')
    expect(config.auth.knownAuthorities).toBeUndefined()
    expect(config.auth.OIDCOptions).toBeUndefined()
    expect(config.system?.protocolMode).toBeUndefined()
  })

  it('logs through the filter: never PII, never a token', () => {
    const lines: string[] = []
    const config = msalConfiguration(sandbox, 'https://localhost:5443', (_, line) => lines.push(line))
    const callback = config.system?.loggerOptions?.loggerCallback
    callback?.(LogLevel.Warning, 'user admin@contoso', true)
    callback?.(LogLevel.Error, 'bad token eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.sig', false)
    expect(lines).toEqual(['bad token <redacted>'])
  })

  it('keeps quiet about the missing client_info of a non-Entra sign-in server, and only there', () => {
    const message = '[Fri, 27 Nov 2026 09:54:55 GMT] : [corr] : @azure/msal-common@16.17.0 : Warning - 1ub6wv'
    const lines: string[] = []
    const log = (_: string, line: string) => lines.push(line)
    msalConfiguration(sandbox, 'https://localhost:5443', log).system?.loggerOptions?.loggerCallback?.(
      LogLevel.Warning,
      message,
      false,
    )
    expect(lines).toEqual([])
    msalConfiguration(entra, 'https://app.example', log).system?.loggerOptions?.loggerCallback?.(
      LogLevel.Warning,
      message,
      false,
    )
    expect(lines).toEqual([message])
  })
})
