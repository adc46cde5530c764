import { createContext, use } from 'react'
import type { Composer } from './composer.ts'

/** The one context of the composer; its hooks (useDraft, useValidation, useFormUi, …) read from it. */
export const ComposerContext = createContext<Composer | null>(null)

export function useComposer(): Composer {
  const composer = use(ComposerContext)
  if (!composer) throw new Error('The composer is used outside <ComposerContext>')
  return composer
}
