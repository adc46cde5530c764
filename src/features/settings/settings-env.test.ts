import { describe, expect, it } from 'vitest'
import { defaultSettings } from './default-settings.ts'
import { parseSettingsEnv, splitScopes } from './settings-env.ts'

describe('parseSettingsEnv', () => {
  it('defaults to the sandbox on the page’s origin', () => {
    const settings = defaultSettings(parseSettingsEnv({}), 'https://localhost:4517')
    expect(settings.target).toBe('sandbox')
    expect(settings.sandbox).toEqual({
      authority: 'https://localhost:4517/oidc',
      clientId: 'session-composer',
      scopes: ['api://session-composer-sandbox/CallRecords.ReadWrite.All'],
      baseUrl: 'https://localhost:4517/beta',
    })
    expect(settings.graph).toEqual({
      tenant: 'organizations',
      clientId: '',
      scopes: ['https://graph.microsoft.com/.default'],
      baseUrl: 'https://graph.microsoft.com/beta',
    })
  })

  it('takes build-time values, blank ones meaning unset', () => {
    const env = parseSettingsEnv({
      VITE_DEFAULT_TARGET: 'custom',
      VITE_GRAPH_CLIENT_ID: '  ',
      VITE_CUSTOM_PROTOCOL: 'Entra',
      VITE_CUSTOM_AUTHORITY: 'https://login.example.com/t',
      VITE_CUSTOM_SCOPES: 'api://a/x, api://a/y',
      MODE: 'production',
    })
    const settings = defaultSettings(env, 'https://h')
    expect(settings.target).toBe('custom')
    expect(settings.graph.clientId).toBe('')
    expect(settings.custom).toMatchObject({
      protocol: 'Entra',
      authority: 'https://login.example.com/t',
      scopes: ['api://a/x', 'api://a/y'],
    })
  })

  it('fails loudly, naming the variable, on a broken build setting', () => {
    expect(() => parseSettingsEnv({ VITE_DEFAULT_TARGET: 'prod' })).toThrow(/VITE_DEFAULT_TARGET/)
    expect(() => parseSettingsEnv({ VITE_GRAPH_BASE_URL: 'http://graph.microsoft.com/beta' })).toThrow(
      /VITE_GRAPH_BASE_URL/,
    )
  })

  it('splits scopes on spaces and commas', () => {
    expect(splitScopes(' a  b,c ,\n d ')).toEqual(['a', 'b', 'c', 'd'])
    expect(splitScopes('')).toEqual([])
  })
})
