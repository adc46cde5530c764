/** Why an attempt got no answer; the client turns it into a GraphSendError with its history. */
export class Failure extends Error {
  constructor(
    readonly kind: 'aborted' | 'timeout' | 'network',
    readonly reason: unknown,
  ) {
    super(kind)
  }

  describe(attempt: number, timeoutMs: number, url: string): string {
    if (this.kind === 'aborted') return 'Cancelled.'
    if (this.kind === 'timeout')
      return `No answer within ${timeoutMs / 1000} s (attempt ${attempt}); not retried, as the server may have acted on it.`
    const reason = this.reason instanceof Error ? this.reason.message : 'network error'
    return `The request to ${new URL(url).host} got no readable answer (${reason}): the server is unreachable, or it refused the browser (CORS).`
  }
}

/** One attempt: fetch and read the whole body, within the timeout, stopping at once when cancelled. */
export async function fetchOnce(
  fetchImpl: typeof fetch,
  url: string,
  init: Pick<RequestInit, 'method' | 'headers' | 'body'>,
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<{ response: Response; text: string }> {
  const controller = new AbortController()
  const timeout = { hit: false }
  const timer = setTimeout(() => {
    timeout.hit = true
    controller.abort()
  }, timeoutMs)
  const cancel = () => {
    controller.abort()
  }
  signal?.addEventListener('abort', cancel)
  try {
    const response = await fetchImpl(url, { ...init, signal: controller.signal, cache: 'no-store' })
    return { response, text: await response.text() }
  } catch (error) {
    throw new Failure(signal?.aborted ? 'aborted' : timeout.hit ? 'timeout' : 'network', error)
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', cancel)
  }
}

/** Waits, or rejects as soon as the signal aborts. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new Error('aborted'))
      return
    }
    const done = () => {
      signal?.removeEventListener('abort', stop)
      resolve()
    }
    const timer = setTimeout(done, ms)
    const stop = () => {
      clearTimeout(timer)
      reject(new Error('aborted'))
    }
    signal?.addEventListener('abort', stop, { once: true })
  })
}
