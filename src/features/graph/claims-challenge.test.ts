import { describe, expect, it } from 'vitest'
import { claimsChallenge } from './claims-challenge.ts'

const claims = '{"access_token":{"nbf":{"essential":true,"value":"1604106651"}}}'

describe('claimsChallenge', () => {
  it('decodes the base64 claims of a Conditional Access / CAE challenge', () => {
    const header = `Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000", error="insufficient_claims", claims="${btoa(claims)}"`
    expect(claimsChallenge(header)).toBe(claims)
  })

  it('accepts base64url without padding and UTF-8 text', () => {
    const json = '{"x":"é"}'
    const url = Buffer.from(json, 'utf8').toString('base64url')
    expect(claimsChallenge(`Bearer claims="${url}"`)).toBe(json)
  })

  it('finds none in a plain challenge or in garbage', () => {
    expect(claimsChallenge(null)).toBeUndefined()
    expect(claimsChallenge('Bearer realm="", error="invalid_token"')).toBeUndefined()
    expect(claimsChallenge('Bearer claims="%%%"')).toBeUndefined()
    expect(claimsChallenge(`Bearer claims="${btoa('not json')}"`)).toBeUndefined()
  })
})
