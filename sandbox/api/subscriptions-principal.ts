import type { Context } from 'hono'
import { decodeJwt } from 'jose'
import { z } from 'zod'
import { SANDBOX_TENANT_ID } from '../identity.ts'
import type { ApiEnv } from './api-env.ts'

const claims = z.object({
  oid: z.string().optional(),
  sub: z.string().optional(),
  tid: z.string().optional(),
  client_id: z.string().optional(),
  azp: z.string().optional(),
})

export interface Principal {
  /** `oid` (Entra's object id), falling back to `sub`. */
  id: string
  tenantId: string
  applicationId: string
}

/** Who is calling: read from the bearer token, which bearerAuth has already verified on this route. */
export function principalOf(c: Context<ApiEnv>): Principal {
  const token = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('Authorization') ?? '')?.[1] ?? ''
  const parsed = claims.parse(decodeJwt(token))
  return {
    id: parsed.oid ?? parsed.sub ?? '',
    tenantId: parsed.tid ?? SANDBOX_TENANT_ID,
    applicationId: parsed.client_id ?? parsed.azp ?? '',
  }
}
