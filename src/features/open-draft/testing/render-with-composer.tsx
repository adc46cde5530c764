import { FluentProvider, webLightTheme } from '@fluentui/react-components'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, type RenderResult } from '@testing-library/react'
import type { ReactNode } from 'react'
import type { JsonValue } from '#src/lib/json/json-value.ts'
import { ComposerContext } from '../composer-context.ts'
import { createComposer, type Composer } from '../composer.ts'
import { initialDraft, type DraftState } from '../draft-state.ts'

export interface ComposerRender extends RenderResult {
  composer: Composer
}

/**
 * Renders a part of the app with a fresh composer (and a fresh QueryClient), as the app provides them. The
 * validation pause is 0 so results come in the next task; nothing here waits on a timer of its own.
 */
export function renderWithComposer(
  ui: ReactNode,
  { body, draft }: { body?: JsonValue; draft?: Partial<DraftState> } = {},
): ComposerRender {
  const composer = createComposer({
    target: { kind: 'sandbox', baseUrl: 'https://sandbox.test/beta' },
    draft: { ...initialDraft(body), ...draft },
    validationDelayMs: 0,
    newRequestId: sequentialIds(),
  })
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const rendered = render(
    <FluentProvider theme={webLightTheme}>
      <QueryClientProvider client={queryClient}>
        <ComposerContext value={composer}>{ui}</ComposerContext>
      </QueryClientProvider>
    </FluentProvider>,
  )
  return { ...rendered, composer }
}

function sequentialIds(): () => string {
  let next = 0
  return () => `00000000-0000-4000-8000-${String(++next).padStart(12, '0')}`
}
