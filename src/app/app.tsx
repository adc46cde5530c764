import { FluentProvider, makeStyles, tokens } from '@fluentui/react-components'
import { useState } from 'react'
import { DraftContext } from '../features/draft/draft-context.tsx'
import { ValidationContext } from '../features/draft/validation-context.tsx'
import { FormUiContext } from '../features/form/form-ui-context.tsx'
import { AppHeader } from './app-header.tsx'
import { ComposerLayout } from './composer-layout.tsx'
import { createComposerStores } from './composer-stores.ts'
import { useResolvedTheme } from './theme-choice.ts'

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
  const [stores] = useState(createComposerStores)
  const { theme } = useResolvedTheme()
  const styles = useStyles()
  return (
    <FluentProvider theme={theme}>
      <DraftContext value={stores.draft}>
        <ValidationContext value={stores.validation}>
          <FormUiContext value={stores.formUi}>
            <div className={styles.root}>
              <AppHeader />
              <ComposerLayout />
            </div>
          </FormUiContext>
        </ValidationContext>
      </DraftContext>
    </FluentProvider>
  )
}
