import { AuthError, BrowserAuthError } from '@azure/msal-browser'
import { describe, expect, it } from 'vitest'
import { describeAuthError } from './describe-auth-error.ts'

describe('describeAuthError', () => {
  it('says what to do about a known MSAL error, never its code', () => {
    const mismatch = new AuthError('authority_mismatch', 'correlation')
    expect(describeAuthError(mismatch)).toBe(
      'The signed-in account belongs to another sign-in server than this target. Sign out, then sign in again.',
    )
    expect(describeAuthError(new BrowserAuthError('user_cancelled', 'correlation'))).toMatch(
      /^Sign-in was cancelled/,
    )
  })

  it('keeps the words of an unknown error and drops its code', () => {
    const odd = new AuthError('invalid_grant', 'correlation', 'the grant has expired')
    expect(describeAuthError(odd)).toBe('Sign-in failed: the grant has expired')
    expect(describeAuthError(new AuthError('weird_code', 'correlation'))).toBe(
      'Sign-in failed. Try again, or check the target in Settings.',
    )
  })
})
