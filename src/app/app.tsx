import { FluentProvider, makeStyles, tokens } from '@fluentui/react-components'
import { QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import { FormUiContext } from '#src/features/form/form-ui-context.tsx'
import { DraftContext } from '#src/features/open-draft/draft-context.tsx'
import { ValidationContext } from '#src/features/open-draft/validation-context.tsx'
import { usePresenterMode } from '#src/features/presenter/presenter-mode.ts'
import { presenterTheme } from '#src/features/presenter/presenter-theme.ts'
import { usePresenterMask } from '#src/features/presenter/use-presenter-mask.ts'
import { RequestMaskContext } from '#src/features/request/request-mask-context.ts'
import { createSettingsStore } from '#src/features/settings/settings-context.ts'
import { AppErrorBoundary } from './app-error-boundary.tsx'
import { AppHeader } from './app-header.tsx'
import { ComposerLayout } from './composer-layout.tsx'
import { createComposerStores } from './composer-stores.ts'
import { createQueryClient } from './query-client.ts'
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
  const [settings] = useState(createSettingsStore)
  const [stores] = useState(() => createComposerStores(settings))
  const [queryClient] = useState(createQueryClient)
  const { theme } = useResolvedTheme()
  const presenter = usePresenterMode()
  const presenterMask = usePresenterMask()
  const styles = useStyles()
  return (
    <FluentProvider theme={presenter ? presenterTheme(theme) : theme}>
      <DraftContext value={stores.draft}>
        <ValidationContext value={stores.validation}>
          <FormUiContext value={stores.formUi}>
            <QueryClientProvider client={queryClient}>
              <TargetProviders settings={settings}>
                <RequestMaskContext value={presenterMask}>
                  <WorkshopProvider store={stores.draft}>
                    <AppErrorBoundary>
                      <div className={styles.root}>
                        <AppHeader />
                        <ComposerLayout />
                      </div>
                    </AppErrorBoundary>
                  </WorkshopProvider>
                </RequestMaskContext>
              </TargetProviders>
            </QueryClientProvider>
          </FormUiContext>
        </ValidationContext>
      </DraftContext>
    </FluentProvider>
  )
}
