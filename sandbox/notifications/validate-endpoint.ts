import { randomBytes } from 'node:crypto'
import { resolveDestination } from './destination.ts'
import { postWebhook } from './webhook-request.ts'

/** Graph gives the notification endpoint 10 seconds to answer the validation request. */
export const VALIDATION_TIMEOUT_MS = 10_000

export type Validation = { ok: true } | { ok: false; message: string; reason: string }

const NO_200 =
  'Subscription validation request failed. Notification endpoint must respond with 200 OK to validation request.'
const NO_MATCH =
  'Subscription validation request failed. Response must exactly match validationToken query parameter.'

/**
 * Graph's handshake: POST `notificationUrl?validationToken=…` (text/plain, empty body); the endpoint must answer
 * 200, text/plain, with the token and nothing else, within 10 s. The messages are Graph's; `reason` says what
 * the sandbox saw, for the error's details.
 */
export async function validateEndpoint(
  notificationUrl: string,
  allowedHosts: readonly string[],
): Promise<Validation> {
  const destination = await resolveDestination(notificationUrl, allowedHosts)
  if (!destination.ok) return { ok: false, message: destination.message, reason: destination.message }
  // Graph's tokens are opaque text with characters that need encoding; so are these.
  const token = `Validation: Testing client application reachability for subscription Request-Id: ${randomBytes(16).toString('hex')}`
  const answer = await postWebhook(destination.destination, {
    query: { validationToken: token },
    body: '',
    contentType: 'text/plain; charset=utf-8',
    timeoutMs: VALIDATION_TIMEOUT_MS,
    maxResponseBytes: 4096,
  })
  if (!answer.ok) return { ok: false, message: NO_200, reason: answer.error }
  if (answer.status !== 200)
    return { ok: false, message: NO_200, reason: `The endpoint answered ${answer.status}.` }
  if (!answer.contentType.toLowerCase().startsWith('text/plain')) {
    return {
      ok: false,
      message: NO_MATCH,
      reason: `The answer's Content-Type is '${answer.contentType}', not text/plain.`,
    }
  }
  if (answer.truncated || answer.text !== token) {
    return {
      ok: false,
      message: NO_MATCH,
      reason: 'The body is not the validationToken, decoded, and nothing else.',
    }
  }
  return { ok: true }
}
