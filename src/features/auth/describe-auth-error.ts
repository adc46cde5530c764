import { AuthError } from '@azure/msal-browser'

const FRIENDLY: Record<string, string> = {
  popup_window_error: 'The browser blocked the sign-in window. Allow pop-ups for this site and try again.',
  empty_window_error: 'The browser blocked the sign-in window. Allow pop-ups for this site and try again.',
  user_cancelled: 'Sign-in was cancelled (the sign-in window was closed).',
  interaction_in_progress: 'A sign-in window is already open; finish or close it first.',
  timed_out: 'The sign-in window did not answer in time. Try again.',
  endpoints_resolution_error:
    "Could not read the sign-in server's OpenID configuration. Check the authority in Settings and that the server runs.",
  authority_uri_insecure: 'The authority must be an https URL.',
  authority_mismatch:
    'The signed-in account belongs to another sign-in server than this target. Sign out, then sign in again.',
  no_network_connectivity: 'The sign-in server could not be reached. Check the network and the authority.',
  redirect_bridge_timeout: 'The sign-in window did not answer in time. Try again.',
  interaction_in_progress_cancelled: 'Sign-in was cancelled: another sign-in took over.',
}

/**
 * A sentence for the UI, never a bare MSAL code. MSAL's messages carry no tokens; a server's own text (an
 * OAuth error description) is kept, since it says what to fix.
 */
export function describeAuthError(error: unknown): string {
  if (error instanceof AuthError) {
    const friendly = FRIENDLY[error.errorCode] ?? FRIENDLY[error.subError]
    if (friendly) return friendly
    // MSAL's own default text is a link named after the code; a server's description says what to fix.
    const said = error.errorMessage.replace(/^[a-z_]+:\s*/, '').trim()
    return said && !said.includes('aka.ms/msal.js.errors')
      ? `Sign-in failed: ${said}`
      : 'Sign-in failed. Try again, or check the target in Settings.'
  }
  return error instanceof Error ? error.message : 'Sign-in failed.'
}
