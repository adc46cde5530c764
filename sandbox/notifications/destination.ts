import { lookup } from 'node:dns/promises'
import { isIP } from 'node:net'

/** Where a notification may go: the URL, the address it resolved to (connected to as is), and its trust. */
export interface Destination {
  url: URL
  address: string
  /** Loopback: plain http is allowed and an https certificate is not checked (a local self-signed one). */
  loopback: boolean
}

export type DestinationResult = { ok: true; destination: Destination } | { ok: false; message: string }

/**
 * The sandbox sends notifications to this machine only, so it can never be made to send requests elsewhere:
 * `localhost`, 127.0.0.0/8 or ::1, checked on the address the name resolves to (at every attempt, and that
 * address is the one connected to). Hosts named in SANDBOX_NOTIFICATION_HOSTS are allowed too, over https
 * with a verified certificate. Nothing outside these is even looked up.
 */
export async function resolveDestination(
  text: string,
  allowedHosts: readonly string[],
): Promise<DestinationResult> {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return refuse(`Invalid notification url='${text}'.`)
  }
  const scheme = url.protocol.slice(0, -1)
  if (scheme !== 'http' && scheme !== 'https')
    return refuse(`NotificationUrl scheme='${scheme}' is not supported.`)
  if (url.username || url.password)
    return refuse('The notification URL must not carry a user name or password.')
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase()
  const named = allowedHosts.some((allowed) => allowed.toLowerCase() === host)
  const local = host === 'localhost' || host.endsWith('.localhost') || isLoopback(host)
  if (!named && !local) {
    return refuse(
      `The sandbox sends notifications only to this machine (localhost, 127.0.0.0/8, ::1); '${host}' is not one. ` +
        'Name other hosts in SANDBOX_NOTIFICATION_HOSTS to allow them.',
    )
  }
  let address: string
  try {
    address = isIP(host) ? host : (await lookup(host)).address
  } catch {
    return refuse(`The notification host '${host}' could not be resolved.`)
  }
  const loopback = isLoopback(address)
  if (!named && !loopback) {
    return refuse(
      `'${host}' resolves to ${address}, which is not a loopback address; the sandbox sends only to this machine.`,
    )
  }
  if (address === '0.0.0.0' || address === '::')
    return refuse(`'${host}' resolves to an unspecified address.`)
  if (!loopback && scheme !== 'https') return refuse(`NotificationUrl scheme='${scheme}' is not supported.`)
  return { ok: true, destination: { url, address, loopback } }
}

export function isLoopback(address: string): boolean {
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address
  if (isIP(v4) === 4) return v4.split('.')[0] === '127'
  return address === '::1' || address === '0:0:0:0:0:0:0:1'
}

function refuse(message: string): DestinationResult {
  return { ok: false, message }
}
