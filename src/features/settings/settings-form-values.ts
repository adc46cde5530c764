import { z } from 'zod'
import { activeTarget } from './active-target.ts'
import { splitScopes } from './settings-env.ts'
import {
  customSettings,
  graphSettings,
  sandboxSettings,
  targetSettings,
  type TargetSettings,
} from './target-settings.ts'

// Scopes are typed as one text (a trailing space while typing is kept) and saved as a list.
const scopesText = z.string().transform(splitScopes)

/**
 * The Settings form: what it edits (z.input, scopes as text) and what Save stores (z.output, the settings).
 * Only the chosen target has to be usable; its problems are the ones sign-in would meet (`activeTarget`).
 */
export const settingsForm = targetSettings
  .extend({
    sandbox: sandboxSettings.extend({ scopes: scopesText }),
    graph: graphSettings.extend({ scopes: scopesText }),
    custom: customSettings.extend({ scopes: scopesText }),
  })
  .superRefine((settings, context) => {
    for (const [field, message] of Object.entries(activeTarget(settings).issues))
      context.addIssue({ code: 'custom', path: [settings.target, field], message })
  })

export type SettingsFormValues = z.input<typeof settingsForm>

export function settingsFormValues(settings: TargetSettings): SettingsFormValues {
  const text = (section: { scopes: readonly string[] }) => section.scopes.join(' ')
  return {
    ...settings,
    sandbox: { ...settings.sandbox, scopes: text(settings.sandbox) },
    graph: { ...settings.graph, scopes: text(settings.graph) },
    custom: { ...settings.custom, scopes: text(settings.custom) },
  }
}
