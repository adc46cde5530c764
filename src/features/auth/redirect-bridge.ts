import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge'

// The script of redirect.html: the sign-in popup lands here and hands the response to the app's window.
broadcastResponseToMainFrame().catch(() => {
  const message = document.getElementById('message')
  if (message)
    message.textContent = 'Sign-in could not return to Session Composer. Close this window and try again.'
})
