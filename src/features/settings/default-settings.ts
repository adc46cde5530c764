import { splitScopes, type SettingsEnv } from './settings-env.ts'
import type { TargetSettings } from './target-settings.ts'

/**
 * The settings before anyone changes them. The sandbox lives on the app's own origin (`npm start` serves the
 * app, `/oidc` and `/beta` together), so its defaults follow whatever origin the page was opened on.
 */
export function defaultSettings(env: SettingsEnv, origin: string): TargetSettings {
  return {
    target: env.VITE_DEFAULT_TARGET,
    sandbox: {
      authority: `${origin}/oidc`,
      clientId: env.VITE_SANDBOX_CLIENT_ID,
      scopes: splitScopes(env.VITE_SANDBOX_SCOPES),
      baseUrl: `${origin}/beta`,
    },
    graph: {
      tenant: env.VITE_GRAPH_TENANT,
      clientId: env.VITE_GRAPH_CLIENT_ID ?? '',
      scopes: splitScopes(env.VITE_GRAPH_SCOPES),
      baseUrl: env.VITE_GRAPH_BASE_URL,
    },
    custom: {
      protocol: env.VITE_CUSTOM_PROTOCOL,
      authority: env.VITE_CUSTOM_AUTHORITY ?? '',
      clientId: env.VITE_CUSTOM_CLIENT_ID ?? '',
      scopes: splitScopes(env.VITE_CUSTOM_SCOPES ?? ''),
      baseUrl: env.VITE_CUSTOM_BASE_URL ?? '',
    },
    allowUnknownProperties: false,
  }
}
