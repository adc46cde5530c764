import type { IncomingMessage } from 'node:http'

/** Graph's write limit: "Write requests in Microsoft Graph API have a size limit of 4 MB." */
export const MAX_WRITE_BYTES = 4 * 1024 * 1024
/**
 * How much of a refused upload is read and thrown away so that the client, still sending, gets its 413
 * instead of a reset (closing a socket with unread data makes the kernel answer RST). Beyond this the
 * connection is cut.
 */
export const DRAIN_BYTES = 4 * MAX_WRITE_BYTES
/** A refused upload that trickles in slower than this is cut too. */
const DRAIN_MS = 30_000

export type Upload = { status: 'read'; body: Buffer } | { status: 'too-large' } | { status: 'aborted' }

export function declaredLength(req: IncomingMessage): number | undefined {
  const header = req.headers['content-length']
  return header !== undefined && /^\d+$/.test(header) ? Number(header) : undefined
}

function hasBody(req: IncomingMessage): boolean {
  return req.headers['transfer-encoding'] !== undefined || (declaredLength(req) ?? 0) > 0
}

/**
 * A request that asked `Expect: 100-continue` for a body declared over `limit` gets its final answer
 * instead of 100 Continue, and never sends the body (RFC 9110, section 10.1.1).
 */
export function refusesContinue(req: IncomingMessage, limit: number): boolean {
  return (declaredLength(req) ?? 0) > limit
}

/**
 * Reads the whole body into memory if it is at most `limit` bytes. A declared length over the limit is
 * refused before anything is read; a chunked body is refused as soon as it passes the limit, and the rest
 * is left unread for `drainUpload`.
 */
export function readUpload(req: IncomingMessage, limit: number): Promise<Upload> {
  if ((declaredLength(req) ?? 0) > limit) return Promise.resolve({ status: 'too-large' })
  if (!hasBody(req)) return Promise.resolve({ status: 'read', body: Buffer.alloc(0) })
  return new Promise((done) => {
    const chunks: Buffer[] = []
    let size = 0
    const finish = (upload: Upload) => {
      req.off('data', onData).off('end', onEnd).off('close', onClose).off('error', onClose)
      done(upload)
    }
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength
      if (size <= limit) chunks.push(chunk)
      else {
        req.pause()
        finish({ status: 'too-large' })
      }
    }
    const onEnd = () => finish({ status: 'read', body: Buffer.concat(chunks) })
    const onClose = () => finish({ status: 'aborted' })
    req.on('data', onData).once('end', onEnd).once('close', onClose).once('error', onClose)
  })
}

/**
 * Reads and discards what is left of a refused upload, so the connection can be closed cleanly once the
 * client has finished sending. Cuts the connection after `DRAIN_BYTES` or `DRAIN_MS`.
 */
export function drainUpload(req: IncomingMessage): Promise<void> {
  if (req.readableEnded || req.destroyed) return Promise.resolve()
  return new Promise((done) => {
    let seen = 0
    const finish = () => {
      clearTimeout(timer)
      req.off('data', onData).off('end', finish).off('close', finish).off('error', finish)
      done()
    }
    const cut = () => {
      req.socket.destroy()
      finish()
    }
    const onData = (chunk: Buffer) => {
      seen += chunk.byteLength
      if (seen > DRAIN_BYTES) cut()
    }
    const timer = setTimeout(cut, DRAIN_MS)
    timer.unref()
    req.on('data', onData).once('end', finish).once('close', finish).once('error', finish)
    req.resume()
  })
}
