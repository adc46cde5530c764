import { z } from 'zod'
import { PROTOCOLS, TARGET_KINDS } from './target-settings.ts'

const optionalText = z
  .string()
  .trim()
  .transform((text) => (text === '' ? undefined : text))
  .optional()

/** Build-time defaults (`VITE_…`, see `.env.example`); a user's own choices in Settings override them. */
export const settingsEnv = z.object({
  VITE_DEFAULT_TARGET: z.enum(TARGET_KINDS).default('sandbox'),
  VITE_SANDBOX_CLIENT_ID: z.string().trim().min(1).default('session-composer'),
  VITE_SANDBOX_SCOPES: z
    .string()
    .trim()
    .min(1)
    .default('api://session-composer-sandbox/CallRecords.ReadWrite.All'),
  VITE_GRAPH_TENANT: z.string().trim().min(1).default('organizations'),
  VITE_GRAPH_CLIENT_ID: optionalText,
  VITE_GRAPH_SCOPES: z.string().trim().min(1).default('https://graph.microsoft.com/.default'),
  VITE_GRAPH_BASE_URL: z.url({ protocol: /^https$/ }).default('https://graph.microsoft.com/beta'),
  VITE_CUSTOM_PROTOCOL: z.enum(PROTOCOLS).default('OIDC'),
  VITE_CUSTOM_AUTHORITY: optionalText,
  VITE_CUSTOM_CLIENT_ID: optionalText,
  VITE_CUSTOM_SCOPES: optionalText,
  VITE_CUSTOM_BASE_URL: optionalText,
})

export type SettingsEnv = z.infer<typeof settingsEnv>

/** Parsed once at start-up: a broken build configuration fails loudly, naming the variable. */
export function parseSettingsEnv(env: Record<string, unknown>): SettingsEnv {
  const parsed = settingsEnv.safeParse(env)
  if (parsed.success) return parsed.data
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
  throw new Error(`Invalid build settings (see .env.example): ${problems.join('; ')}`)
}

/** Scopes are written space- or comma-separated, in env files and in the Settings dialog alike. */
export function splitScopes(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((scope) => scope.trim())
    .filter((scope) => scope !== '')
}
