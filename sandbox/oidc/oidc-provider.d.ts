/**
 * The slice of oidc-provider 8 that the sandbox uses. The package ships no types (and @types/oidc-provider
 * is not a dependency); these follow its documentation (docs/README.md, "Configuration options").
 */
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http'

  export type AdapterPayload = Record<string, unknown> & {
    grantId?: string
    userCode?: string
    uid?: string
    consumed?: number
  }

  export interface Adapter {
    upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void>
    find(id: string): Promise<AdapterPayload | undefined>
    findByUserCode(userCode: string): Promise<AdapterPayload | undefined>
    findByUid(uid: string): Promise<AdapterPayload | undefined>
    consume(id: string): Promise<void>
    destroy(id: string): Promise<void>
    revokeByGrantId(grantId: string): Promise<void>
  }

  export interface Grant {
    addOIDCScope(scope: string): void
    addResourceScope(resource: string, scope: string): void
    save(): Promise<string>
  }

  export interface OidcContext {
    oidc: {
      client?: { clientId: string }
      session?: { accountId?: string; grantIdFor(clientId: string): string | undefined }
      result?: { consent?: { grantId?: string } }
      params?: Record<string, unknown>
      provider: Provider
    }
  }

  export interface AccessTokenLike {
    accountId?: string
    scope?: string
  }

  export interface Account {
    accountId: string
    claims(use: string, scope: string): Promise<Record<string, unknown> & { sub: string }>
  }

  export interface ResourceServerInfo {
    scope: string
    audience: string
    accessTokenTTL?: number
    accessTokenFormat: 'jwt' | 'opaque'
    jwt?: { sign: { alg: string } }
  }

  export interface ClientMetadata {
    client_id: string
    client_name?: string
    token_endpoint_auth_method: 'none'
    grant_types: string[]
    response_types: string[]
    redirect_uris: string[]
    post_logout_redirect_uris?: string[]
  }

  export interface Configuration {
    adapter?: new (name: string) => Adapter
    clients: ClientMetadata[]
    responseTypes?: string[]
    jwks: { keys: Record<string, unknown>[] }
    cookies: { keys: string[] }
    claims: Record<string, string[]>
    scopes?: string[]
    findAccount(ctx: OidcContext, id: string): Promise<Account | undefined>
    loadExistingGrant(ctx: OidcContext): Promise<Grant | undefined>
    issueRefreshToken(ctx: OidcContext, client: { grantTypeAllowed(type: string): boolean }): Promise<boolean>
    /** Whether a browser at `origin` may call the provider's endpoints (the token endpoint) for `client`. */
    clientBasedCORS?(ctx: OidcContext, origin: string, client: { redirectUris?: string[] }): boolean
    extraTokenClaims(ctx: OidcContext, token: AccessTokenLike): Promise<Record<string, unknown> | undefined>
    features: {
      devInteractions: { enabled: boolean }
      revocation: { enabled: boolean }
      rpInitiatedLogout: {
        enabled: boolean
        logoutSource?(ctx: { body: unknown }, form: string): Promise<void>
        postLogoutSuccessSource?(ctx: { body: unknown }): Promise<void>
      }
      resourceIndicators: {
        enabled: boolean
        defaultResource(
          ctx: OidcContext,
          client: unknown,
          oneOf?: string[],
        ): Promise<string | string[] | undefined>
        useGrantedResource(): Promise<boolean>
        getResourceServerInfo(
          ctx: OidcContext,
          indicator: string,
          client: unknown,
        ): Promise<ResourceServerInfo>
      }
    }
    ttl: Record<string, number>
    interactions?: { url(ctx: unknown, interaction: { uid: string }): Promise<string> }
    renderError?(
      ctx: { type: string; body: unknown },
      out: Record<string, string>,
      error: Error,
    ): Promise<void>
  }

  export interface Interaction {
    uid: string
    prompt: { name: 'login' | 'consent' | (string & {}) }
    params: Record<string, unknown>
    session?: { accountId?: string }
  }

  export interface InteractionResults {
    login?: { accountId: string }
    consent?: { grantId: string }
    error?: string
    error_description?: string
  }

  export default class Provider {
    constructor(issuer: string, configuration: Configuration)
    Grant: {
      new (init: { accountId?: string; clientId: string }): Grant
      find(id: string): Promise<Grant | undefined>
    }
    callback(): (req: IncomingMessage, res: ServerResponse) => Promise<void>
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: InteractionResults,
      options: { mergeWithLastSubmission: boolean },
    ): Promise<void>
    on(event: 'server_error', listener: (ctx: unknown, error: Error) => void): this
  }
}
