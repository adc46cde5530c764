import { createHash } from 'node:crypto'
import { DEMO_LOGIN, SANDBOX_TENANT_ID } from '../identity.ts'

export interface DemoAccount {
  sub: string
  oid: string
  tid: string
  name: string
  preferred_username: string
  email: string
}

/**
 * Any login signs in (the sandbox has no user directory); the login itself is the account id, so the same
 * login is the same account after a restart. `oid` is derived from it the way Entra's is stable per user.
 */
export function demoAccount(login: string): DemoAccount {
  const username = login
  return {
    sub: username,
    oid: uuidFrom(username.toLowerCase()),
    tid: SANDBOX_TENANT_ID,
    name: username.toLowerCase() === DEMO_LOGIN ? 'Sandbox Admin' : displayName(username),
    preferred_username: username,
    email: username,
  }
}

function displayName(username: string): string {
  const local = username.split('@')[0] ?? username
  return local
    .split(/[._-]+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(' ')
}

function uuidFrom(text: string): string {
  const hex = createHash('sha256').update(`session-composer-sandbox:${text}`).digest('hex')
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}
