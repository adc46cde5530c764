import { z } from 'zod'
import type { Protocol, TargetKind, TargetSettings } from './target-settings.ts'

/** What sign-in and Send need from the chosen target, resolved (Graph's authority built from its tenant). */
export interface ActiveTarget {
  kind: TargetKind
  protocol: Protocol
  authority: string
  clientId: string
  scopes: readonly string[]
  baseUrl: string
  /** Field → what is wrong with it; empty when the target can be used. */
  issues: Readonly<Partial<Record<TargetField, string>>>
}

export type TargetField = 'authority' | 'tenant' | 'clientId' | 'scopes' | 'baseUrl'

export const ENTRA_LOGIN = 'https://login.microsoftonline.com'

// MSAL refuses an authority that is not https (authority_uri_insecure), even on localhost.
const authority = z.url({ protocol: /^https$/, error: 'An https URL, e.g. https://login.example.com/tenant' })
const baseUrl = z.url({
  protocol: /^https?$/,
  error: 'An http(s) URL, e.g. https://graph.microsoft.com/beta',
})
const tenant = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9.-]*$/,
    'A tenant id, a domain such as contoso.onmicrosoft.com, or organizations',
  )
const clientId = z.string().trim().min(1, 'The application (client) id is required')
const scopes = z
  .array(z.string().regex(/^\S+$/))
  .min(1, 'At least one scope, e.g. api://my-api/CallRecords.ReadWrite.All')

export function activeTarget(settings: TargetSettings): ActiveTarget {
  const kind = settings.target
  if (kind === 'graph') {
    const graph = settings.graph
    return {
      kind,
      protocol: 'Entra',
      authority: `${ENTRA_LOGIN}/${graph.tenant}`,
      clientId: graph.clientId,
      scopes: graph.scopes,
      baseUrl: graph.baseUrl,
      issues: issuesOf({ tenant: [tenant, graph.tenant], ...common(graph) }),
    }
  }
  const section = kind === 'sandbox' ? settings.sandbox : settings.custom
  return {
    kind,
    protocol: kind === 'sandbox' ? 'OIDC' : settings.custom.protocol,
    authority: section.authority,
    clientId: section.clientId,
    scopes: section.scopes,
    baseUrl: section.baseUrl,
    issues: issuesOf({ authority: [authority, section.authority], ...common(section) }),
  }
}

function common(section: { clientId: string; scopes: string[]; baseUrl: string }) {
  return {
    clientId: [clientId, section.clientId],
    scopes: [scopes, section.scopes],
    baseUrl: [baseUrl, section.baseUrl],
  } as const
}

const FIELDS: readonly TargetField[] = ['authority', 'tenant', 'clientId', 'scopes', 'baseUrl']

function issuesOf(
  checks: Partial<Record<TargetField, readonly [z.ZodType, unknown]>>,
): Partial<Record<TargetField, string>> {
  const issues: Partial<Record<TargetField, string>> = {}
  for (const field of FIELDS) {
    const check = checks[field]
    const result = check?.[0].safeParse(check[1])
    if (result && !result.success) issues[field] = result.error.issues[0]?.message ?? 'Invalid'
  }
  return issues
}
