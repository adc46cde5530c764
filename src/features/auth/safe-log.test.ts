import { describe, expect, it } from 'vitest'
import { safeLogLine } from './safe-log.ts'

const jwt =
  'eyJhbGciOiJSUzI1NiIsInR5cCI6ImF0K2p3dCJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJlLXNpZ25hdHVyZS1zaWduYXR1cmU'

describe('safeLogLine', () => {
  it('drops messages flagged as personal data', () => {
    expect(safeLogLine('account admin@contoso.sandbox', true)).toBeNull()
  })

  it('redacts JWTs, cut-off JWTs and long opaque secrets, keeping correlation ids', () => {
    const line = safeLogLine(
      `token ${jwt} then eyJhbGciOi and code 0123456789abcdefghijABCDEFGHIJ-_0123 for 9c7e2b1a-3f4d-4e5f-8a9b-0c1d2e3f4a5b`,
      false,
    )
    expect(line).toBe(
      'token <redacted> then <redacted> and code <redacted> for 9c7e2b1a-3f4d-4e5f-8a9b-0c1d2e3f4a5b',
    )
    expect(line).not.toContain('eyJ')
  })

  it('leaves ordinary messages alone', () => {
    expect(safeLogLine('1a2b3c', false)).toBe('1a2b3c')
  })
})
