import { FluentProvider, makeStyles, tokens } from '@fluentui/react-components'
import { QueryClientProvider } from '@tanstack/react-query'
import { useLayoutEffect, useState } from 'react'
import { ComposerContext } from '#src/features/open-draft/composer-context.ts'
import { usePresenterMode } from '#src/features/presenter/presenter-mode.ts'
import { presenterTheme } from '#src/features/presenter/presenter-theme.ts'
import { usePresenterMask } from '#src/features/presenter/use-presenter-mask.ts'
import { AppErrorBoundary } from './app-error-boundary.tsx'
import { AppHeader } from './app-header.tsx'
import { createAppState } from './app-state.ts'
import { ComposerLayout } from './composer-layout.tsx'
import { TargetProviders } from './target-providers.tsx'
import { useResolvedTheme } from './theme-choice.ts'
import { WorkshopProvider } from './workshop-provider.tsx'

const useStyles = makeStyles({
  root: {
    height: '100dvh',
    display: 'grid',
    gridTemplateRows: 'auto 1fr',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
})

export function App() {
  const [{ composer, settings, queryClient }] = useState(createAppState)
  const { theme } = useResolvedTheme()
  const presenter = usePresenterMode()
  const presenterMask = usePresenterMask()
  // Before paint: presenter mode never shows an unmasked request, not even for one frame.
  useLayoutEffect(() => {
    composer.mask.set(presenterMask)
  }, [composer, presenterMask])
  const styles = useStyles()
  return (
    <FluentProvider theme={presenter ? presenterTheme(theme) : theme}>
      <QueryClientProvider client={queryClient}>
        <ComposerContext value={composer}>
          <TargetProviders settings={settings}>
            <WorkshopProvider>
              <AppErrorBoundary>
                <div className={styles.root}>
                  <AppHeader />
                  <ComposerLayout />
                </div>
              </AppErrorBoundary>
            </WorkshopProvider>
          </TargetProviders>
        </ComposerContext>
      </QueryClientProvider>
    </FluentProvider>
  )
}
