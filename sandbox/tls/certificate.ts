import { X509Certificate } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { generate } from 'selfsigned'

export interface Certificate {
  cert: string
  key: string
  /** Where the certificate lives, for the README's "trust it once" and NODE_EXTRA_CA_CERTS. */
  certPath: string
}

const RENEW_BEFORE_MS = 7 * 24 * 3600 * 1000

/**
 * The self-signed certificate of the one https origin. It is kept in the data directory so a browser
 * that was told to trust it (or to proceed) once keeps trusting it; it is replaced only when it expires
 * soon or does not name the host.
 */
export async function loadOrCreateCertificate(dataDir: string, host: string): Promise<Certificate> {
  const certPath = join(dataDir, 'cert.pem')
  const keyPath = join(dataDir, 'key.pem')
  if (existsSync(certPath) && existsSync(keyPath)) {
    const cert = readFileSync(certPath, 'utf8')
    if (isUsable(cert, host)) return { cert, key: readFileSync(keyPath, 'utf8'), certPath }
  }
  const notBeforeDate = new Date(Date.now() - 60_000)
  // Under 398 days: browsers refuse longer-lived server certificates even when trusted by hand.
  const notAfterDate = new Date(notBeforeDate.getTime() + 397 * 24 * 3600 * 1000)
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: altNames(host) },
    ],
  })
  writeFileSync(keyPath, pems.private, { mode: 0o600 })
  writeFileSync(certPath, pems.cert)
  return { cert: pems.cert, key: pems.private, certPath }
}

function altNames(host: string): { type: 2 | 7; value?: string; ip?: string }[] {
  const names: { type: 2 | 7; value?: string; ip?: string }[] = [
    { type: 2, value: 'localhost' },
    { type: 7, ip: '127.0.0.1' },
    { type: 7, ip: '::1' },
  ]
  if (!['localhost', '127.0.0.1', '::1'].includes(host)) {
    names.push(/^[\d.]+$|:/.test(host) ? { type: 7, ip: host } : { type: 2, value: host })
  }
  return names
}

function isUsable(pem: string, host: string): boolean {
  try {
    const cert = new X509Certificate(pem)
    const fresh = new Date(cert.validTo).getTime() - Date.now() > RENEW_BEFORE_MS
    const named = /^[\d.]+$|:/.test(host)
      ? cert.checkIP(host) !== undefined
      : cert.checkHost(host) !== undefined
    return fresh && named
  } catch {
    return false
  }
}
