import { z } from 'zod'

export const TARGET_KINDS = ['sandbox', 'graph', 'custom'] as const
export type TargetKind = (typeof TARGET_KINDS)[number]

/** How MSAL talks to the authority: plain OpenID Connect, or Entra ID with its instance discovery. */
export const PROTOCOLS = ['OIDC', 'Entra'] as const
export type Protocol = (typeof PROTOCOLS)[number]

const common = {
  clientId: z.string(),
  scopes: z.array(z.string()),
  /** The Graph version root the request path is appended to, e.g. `https://graph.microsoft.com/beta`. */
  baseUrl: z.string(),
}

export const sandboxSettings = z.object({ authority: z.string(), ...common })
export const graphSettings = z.object({ tenant: z.string(), ...common })
export const customSettings = z.object({ protocol: z.enum(PROTOCOLS), authority: z.string(), ...common })

/**
 * Where Send goes and how to sign in for it. Every target keeps its own fields, so switching back and forth
 * loses nothing; only the chosen one has to be complete. Never holds a token.
 */
export const targetSettings = z.object({
  target: z.enum(TARGET_KINDS),
  sandbox: sandboxSettings,
  graph: graphSettings,
  custom: customSettings,
  /**
   * "Allow properties this app doesn't know": keys a closed Graph type does not declare are warnings instead
   * of errors, for properties Graph adds before this app knows them. The sandbox always judges strictly.
   */
  allowUnknownProperties: z.boolean(),
})

export type TargetSettings = z.infer<typeof targetSettings>

export const TARGET_LABELS: Record<TargetKind, string> = {
  sandbox: 'Sandbox',
  graph: 'Microsoft Graph (beta)',
  custom: 'Custom endpoint',
}
