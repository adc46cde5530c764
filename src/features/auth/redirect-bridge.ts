import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge'
import { RETURN_CHANNEL } from './popup-watch.ts'

// The script of redirect.html: the sign-in (or sign-out) popup lands here and hands the response to the app's
// window. The app is told first, so that this window closing is not taken for a cancel.
try {
  const channel = new BroadcastChannel(RETURN_CHANNEL)
  channel.postMessage('returned')
  channel.close()
} catch {
  // No BroadcastChannel: the app then counts on MSAL's own answer.
}
broadcastResponseToMainFrame().catch(() => {
  const message = document.getElementById('message')
  if (message)
    message.textContent = 'Sign-in could not return to Session Composer. Close this window and try again.'
})
