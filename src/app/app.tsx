import { FluentProvider, makeStaticStyles, makeStyles, tokens } from '@fluentui/react-components'
import { QueryClientProvider } from '@tanstack/react-query'
import { useLayoutEffect, useState } from 'react'
import { FormUiContext } from '#src/features/form/form-ui-context.tsx'
import { BodyMaskContext } from '#src/features/open-draft/body-mask.ts'
import { DraftContext } from '#src/features/open-draft/draft-context.tsx'
import { ValidationContext } from '#src/features/open-draft/validation-context.tsx'
import { usePresenterMode } from '#src/features/presenter/presenter-mode.ts'
import { presenterTheme } from '#src/features/presenter/presenter-theme.ts'
import { usePresenterMask } from '#src/features/presenter/use-presenter-mask.ts'
import { RequestMaskContext } from '#src/features/request/request-mask-context.ts'
import { createSettingsStore } from '#src/features/settings/settings-context.ts'
import { AppErrorBoundary } from './app-error-boundary.tsx'
import { AppHeader } from './app-header.tsx'
import { ComposerLayout, ONE_SCREEN } from './composer-layout.tsx'
import { createComposerStores } from './composer-stores.ts'
import { HistoryContext } from './history-context.ts'
import { createQueryClient } from './query-client.ts'
import { TargetProviders } from './target-providers.tsx'
import { useResolvedTheme } from './theme-choice.ts'
import { WorkshopDialogsProvider } from './workshop-dialogs.tsx'
import { WorkshopProvider } from './workshop-provider.tsx'

// The page is the app: no margin around it (the browser's 8 px would make it scroll by 16).
const usePageStyles = makeStaticStyles({ body: { margin: 0 } })

const useStyles = makeStyles({
  // One screen: the header, then the composer filling the rest; only the panes inside scroll. Too small for
  // that (below 900×560), the page grows and scrolls instead.
  root: {
    height: '100dvh',
    display: 'grid',
    gridTemplateRows: 'auto minmax(0, 1fr)',
    overflow: 'clip',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    [`@media not all and ${ONE_SCREEN}`]: { height: 'auto', minHeight: '100dvh', overflow: 'visible' },
  },
})

export function App() {
  const [stores] = useState(createComposerStores)
  const [queryClient] = useState(createQueryClient)
  const [settings] = useState(createSettingsStore)
  const { name, theme } = useResolvedTheme()
  usePageStyles()
  // Scrollbars, form controls and the page behind dialogs follow the chosen theme, not only the system's.
  useLayoutEffect(() => {
    document.documentElement.style.colorScheme = name === 'light' ? 'light' : 'dark'
  }, [name])
  const presenter = usePresenterMode()
  const presenterMask = usePresenterMask()
  const styles = useStyles()
  return (
    <FluentProvider theme={presenter ? presenterTheme(theme) : theme}>
      <DraftContext value={stores.draft}>
        <ValidationContext value={stores.validation}>
          <FormUiContext value={stores.formUi}>
            <HistoryContext value={stores.history}>
              <QueryClientProvider client={queryClient}>
                <TargetProviders settings={settings}>
                  <RequestMaskContext value={presenterMask}>
                    <BodyMaskContext value={presenterMask}>
                      <WorkshopProvider store={stores.draft}>
                        <AppErrorBoundary>
                          <WorkshopDialogsProvider>
                            <div className={styles.root}>
                              <AppHeader />
                              <ComposerLayout />
                            </div>
                          </WorkshopDialogsProvider>
                        </AppErrorBoundary>
                      </WorkshopProvider>
                    </BodyMaskContext>
                  </RequestMaskContext>
                </TargetProviders>
              </QueryClientProvider>
            </HistoryContext>
          </FormUiContext>
        </ValidationContext>
      </DraftContext>
    </FluentProvider>
  )
}
