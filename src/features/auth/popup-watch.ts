/** The channel the redirect bridge says "a response came back" on, before the window closes. */
export const RETURN_CHANNEL = 'session-composer.sign-in-return'

export class SignInCancelledError extends Error {
  constructor(message = 'Sign-in was cancelled.') {
    super(message)
    this.name = 'SignInCancelledError'
  }
}

/**
 * Starts an MSAL popup call and keeps the window it opens. MSAL v5 opens the popup synchronously inside the
 * call (to keep the click's permission) and never says whether it was closed: it waits up to a minute for
 * the redirect bridge. Only `window.open` calls made during that synchronous part are MSAL's.
 */
export function openWatched<T>(start: () => Promise<T>): { result: Promise<T>; popup: Window | null } {
  const original = Object.getOwnPropertyDescriptor(window, 'open')
  const open = window.open.bind(window)
  let popup: Window | null = null
  window.open = (...args: Parameters<typeof window.open>) => {
    popup = open(...args)
    return popup
  }
  try {
    return { result: start(), popup }
  } finally {
    if (original) Object.defineProperty(window, 'open', original)
    else Reflect.deleteProperty(window, 'open')
  }
}

export interface WatchOptions {
  signal?: AbortSignal
  /** How a closed window ends the wait: a sign-in is cancelled; a sign-out is simply over. */
  onClosed: 'reject' | 'resolve'
  pollMs?: number
  /** A window that closes right after handing its response over is not a cancel: the bridge says so first. */
  graceMs?: number
}

/**
 * The popup's result, or the end of the wait as soon as the user closes the window or cancels (which closes
 * it). A closed window counts once this page has the focus back: a sign-in page that cuts its opener off
 * (cross-origin opener policy) reads as closed while it is still open, and it keeps the focus.
 */
export function untilPopupEnds<T>(
  result: Promise<T>,
  popup: Window | null,
  { signal, onClosed, pollMs = 250, graceMs = 500 }: WatchOptions,
): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    let closedSince: number | null = null
    let returned = false
    const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(RETURN_CHANNEL)
    if (channel)
      channel.onmessage = () => {
        returned = true
      }
    const finish = () => {
      clearInterval(timer)
      channel?.close()
      signal?.removeEventListener('abort', abort)
    }
    const end = () => {
      finish()
      if (onClosed === 'resolve') resolve(undefined)
      else reject(new SignInCancelledError('Sign-in was cancelled: the sign-in window was closed.'))
    }
    const abort = () => {
      finish()
      popup?.close()
      reject(new SignInCancelledError('Cancelled.'))
    }
    const timer = setInterval(() => {
      if (returned || !popup?.closed || !document.hasFocus()) {
        closedSince = null
        return
      }
      closedSince ??= Date.now()
      if (Date.now() - closedSince >= graceMs) end()
    }, pollMs)
    if (signal?.aborted) {
      abort()
      return
    }
    signal?.addEventListener('abort', abort, { once: true })
    result.then(
      (value) => {
        finish()
        resolve(value)
      },
      (error: unknown) => {
        finish()
        reject(error instanceof Error ? error : new Error(String(error)))
      },
    )
  })
}
