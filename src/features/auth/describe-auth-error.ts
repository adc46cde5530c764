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
}

/** A sentence for the UI. MSAL's messages carry no tokens; they can carry long server text, kept as is. */
export function describeAuthError(error: unknown): string {
  if (error instanceof AuthError) {
    return (
      FRIENDLY[error.errorCode] ??
      `Sign-in failed: ${error.errorCode}${error.errorMessage ? `: ${error.errorMessage}` : ''}`
    )
  }
  return error instanceof Error ? error.message : 'Sign-in failed.'
}
