import { describe, expect, it } from 'vitest'
import { activeTarget } from './active-target.ts'
import { defaultSettings } from './default-settings.ts'
import { parseSettingsEnv } from './settings-env.ts'

const defaults = defaultSettings(parseSettingsEnv({}), 'https://localhost:5443')

describe('activeTarget', () => {
  it('is the sandbox over OIDC by default, complete', () => {
    expect(activeTarget(defaults)).toEqual({
      kind: 'sandbox',
      protocol: 'OIDC',
      authority: 'https://localhost:5443/oidc',
      clientId: 'session-composer',
      scopes: ['api://session-composer-sandbox/CallRecords.ReadWrite.All'],
      baseUrl: 'https://localhost:5443/beta',
      issues: {},
    })
  })

  it('builds the Entra authority from the tenant and asks for a client id', () => {
    const graph = activeTarget({ ...defaults, target: 'graph' })
    expect(graph).toMatchObject({
      protocol: 'Entra',
      authority: 'https://login.microsoftonline.com/organizations',
    })
    expect(Object.keys(graph.issues)).toEqual(['clientId'])
    const ready = activeTarget({ ...defaults, target: 'graph', graph: { ...defaults.graph, clientId: 'x' } })
    expect(ready.issues).toEqual({})
  })

  it('checks a custom target: https authority, scopes, base URL, its protocol', () => {
    const custom = activeTarget({
      ...defaults,
      target: 'custom',
      custom: {
        protocol: 'Entra',
        authority: 'http://login.example.com',
        clientId: 'c',
        scopes: [],
        baseUrl: 'nope',
      },
    })
    expect(custom.protocol).toBe('Entra')
    expect(Object.keys(custom.issues).sort()).toEqual(['authority', 'baseUrl', 'scopes'])
  })

  it('rejects a tenant that would change the authority’s path', () => {
    const graph = activeTarget({
      ...defaults,
      target: 'graph',
      graph: { ...defaults.graph, clientId: 'x', tenant: '../evil' },
    })
    expect(Object.keys(graph.issues)).toEqual(['tenant'])
  })
})
