import { FluentProvider, makeStaticStyles } from '@fluentui/react-components'
import { QueryClientProvider } from '@tanstack/react-query'
import { Suspense, useEffect, useLayoutEffect, useState } from 'react'
import { lazyPart } from '#src/components/ui/lazy-part.ts'
import { ComposerContext } from '#src/features/open-draft/composer-context.ts'
import { usePresenterMode } from '#src/features/presenter/presenter-mode.ts'
import { presenterTheme } from '#src/features/presenter/presenter-theme.ts'
import { usePresenterMask } from '#src/features/presenter/use-presenter-mask.ts'
import { AppErrorBoundary } from './app-error-boundary.tsx'
import { createAppState } from './app-state.ts'
import { Starting } from './starting.tsx'
import { TargetProviders } from './target-providers.tsx'
import { useResolvedTheme } from './theme-choice.ts'
import { WorkshopProvider } from './workshop-provider.tsx'

// Nothing of the composer shows before the draft is restored, so its code (the form, the request, the header,
// react-hook-form) downloads beside the restore instead of in the first download.
const composerScreen = lazyPart(() => import('./composer-screen.tsx').then((m) => m.ComposerScreen))

// The page is the app: no margin around it (the browser's 8 px would make it scroll by 16).
const usePageStyles = makeStaticStyles({ body: { margin: 0 } })

export function App() {
  const [{ composer, settings, queryClient }] = useState(createAppState)
  const { name, theme } = useResolvedTheme()
  usePageStyles()
  // Scrollbars, form controls and the page behind dialogs follow the chosen theme, not only the system's.
  useLayoutEffect(() => {
    document.documentElement.style.colorScheme = name === 'light' ? 'light' : 'dark'
  }, [name])
  const presenter = usePresenterMode()
  const presenterMask = usePresenterMask()
  // Before paint: presenter mode never shows an unmasked request, not even for one frame.
  useLayoutEffect(() => {
    composer.mask.set(presenterMask)
  }, [composer, presenterMask])
  useEffect(() => {
    composerScreen.prefetch()
  }, [])
  return (
    <FluentProvider theme={presenter ? presenterTheme(theme) : theme}>
      <QueryClientProvider client={queryClient}>
        <ComposerContext value={composer}>
          <TargetProviders settings={settings}>
            <WorkshopProvider>
              <AppErrorBoundary>
                <Suspense fallback={<Starting />}>
                  <composerScreen.Component />
                </Suspense>
              </AppErrorBoundary>
            </WorkshopProvider>
          </TargetProviders>
        </ComposerContext>
      </QueryClientProvider>
    </FluentProvider>
  )
}
