import type { MiddlewareHandler } from 'hono'
import { createLocalJWKSet, errors, jwtVerify } from 'jose'
import { z } from 'zod'
import { CLIENT_ID, RESOURCE } from '../identity.ts'
import type { PublicRsaJwk } from '../oidc/secrets.ts'
import type { ApiEnv } from './api-env.ts'
import { graphError } from './graph-error.ts'

const claims = z.object({ scp: z.string().optional() })

/**
 * Checks the access token the way Graph does: signature (the sign-in server's own key), issuer, audience and
 * lifetime give 401 InvalidAuthenticationToken; a valid token without one of the scopes gives 403.
 */
export function bearerAuth(issuer: string, publicKey: PublicRsaJwk) {
  const keys = createLocalJWKSet({ keys: [publicKey] })
  const challenge = `Bearer realm="", authorization_uri="${issuer}/auth", client_id="${CLIENT_ID}"`

  return (anyOfScopes: readonly string[]): MiddlewareHandler<ApiEnv> =>
    async (c, next) => {
      const unauthorized = (message: string, error?: string) =>
        graphError(c, 401, 'InvalidAuthenticationToken', message, {
          headers: {
            'WWW-Authenticate': error
              ? `${challenge}, error="${error}", error_description="${message}"`
              : challenge,
          },
        })
      const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('Authorization') ?? '')
      if (!match?.[1]) return unauthorized('Access token is empty.')
      let scopes: string[]
      try {
        const { payload } = await jwtVerify(match[1], keys, {
          issuer,
          audience: RESOURCE,
          algorithms: ['RS256'],
          typ: 'at+jwt',
        })
        scopes = claims.parse(payload).scp?.split(' ') ?? []
      } catch (error) {
        return unauthorized(describe(error), 'invalid_token')
      }
      if (!anyOfScopes.some((scope) => scopes.includes(scope))) {
        return graphError(
          c,
          403,
          'Forbidden',
          `Insufficient privileges to complete the operation. The token needs the ${anyOfScopes.join(' or ')} permission.`,
        )
      }
      return next()
    }
}

function describe(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'Lifetime validation failed, the token is expired.'
  if (error instanceof errors.JWTClaimValidationFailed) {
    switch (error.claim) {
      case 'iss':
        return 'Access token validation failure. Invalid issuer.'
      case 'aud':
        return 'Access token validation failure. Invalid audience.'
      case 'nbf':
        return 'Lifetime validation failed, the token is not yet valid.'
      case 'typ':
        return 'Access token validation failure. The token is not an access token (typ at+jwt).'
      default:
        return `Access token validation failure. Invalid ${error.claim} claim.`
    }
  }
  if (
    error instanceof errors.JWSSignatureVerificationFailed ||
    error instanceof errors.JWKSNoMatchingKey ||
    error instanceof errors.JOSEAlgNotAllowed
  ) {
    return 'Access token validation failure. Invalid signature.'
  }
  if (error instanceof z.ZodError) return 'Access token validation failure. Invalid scp claim.'
  return 'Access token validation failure. The token is not a well-formed JWT.'
}
