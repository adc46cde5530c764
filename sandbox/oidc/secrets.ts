import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { calculateJwkThumbprint, exportJWK, generateKeyPair } from 'jose'
import { z } from 'zod'

const privateRsaJwk = z.object({
  kty: z.literal('RSA'),
  kid: z.string(),
  alg: z.literal('RS256'),
  use: z.literal('sig'),
  n: z.string(),
  e: z.string(),
  d: z.string(),
  p: z.string(),
  q: z.string(),
  dp: z.string(),
  dq: z.string(),
  qi: z.string(),
})
export type PrivateRsaJwk = z.infer<typeof privateRsaJwk>
export type PublicRsaJwk = Pick<PrivateRsaJwk, 'kty' | 'kid' | 'alg' | 'use' | 'n' | 'e'>

export interface Secrets {
  signingKey: PrivateRsaJwk
  publicKey: PublicRsaJwk
  cookieKeys: string[]
}

export const SIGNING_KEY_FILE = 'signing-key.json'

/**
 * The sign-in server's keys, generated on first start and kept in the data directory: tokens stay valid
 * across restarts, and no key is shared with every other checkout (as oidc-provider's built-in dev key is).
 */
export async function loadOrCreateSecrets(dataDir: string): Promise<Secrets> {
  const keyPath = join(dataDir, SIGNING_KEY_FILE)
  const cookiePath = join(dataDir, 'cookie-keys.json')
  let signingKey: PrivateRsaJwk
  if (existsSync(keyPath)) {
    signingKey = privateRsaJwk.parse(JSON.parse(readFileSync(keyPath, 'utf8')))
  } else {
    signingKey = await newSigningKey()
    writeFileSync(keyPath, JSON.stringify(signingKey, null, 2), { mode: 0o600 })
  }
  let cookieKeys: string[]
  if (existsSync(cookiePath)) {
    cookieKeys = z
      .array(z.string())
      .min(1)
      .parse(JSON.parse(readFileSync(cookiePath, 'utf8')))
  } else {
    cookieKeys = [randomBytes(32).toString('base64url')]
    writeFileSync(cookiePath, JSON.stringify(cookieKeys), { mode: 0o600 })
  }
  const { kty, kid, alg, use, n, e } = signingKey
  return { signingKey, publicKey: { kty, kid, alg, use, n, e }, cookieKeys }
}

async function newSigningKey(): Promise<PrivateRsaJwk> {
  const { privateKey } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true })
  const jwk = await exportJWK(privateKey)
  const kid = await calculateJwkThumbprint(jwk)
  return privateRsaJwk.parse({ ...jwk, kid, alg: 'RS256', use: 'sig' })
}
