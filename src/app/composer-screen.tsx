import { makeStyles, tokens } from '@fluentui/react-components'
import { AppHeader } from './app-header.tsx'
import { ComposerLayout } from './composer-layout.tsx'

const useStyles = makeStyles({
  root: {
    height: '100dvh',
    display: 'grid',
    gridTemplateRows: 'auto 1fr',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
})

/** The header and the composer: everything the user works with, once the draft is restored. */
export function ComposerScreen() {
  const styles = useStyles()
  return (
    <div className={styles.root}>
      <AppHeader />
      <ComposerLayout />
    </div>
  )
}
