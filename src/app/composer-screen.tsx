import { makeStyles, tokens } from '@fluentui/react-components'
import { AppHeader } from './app-header.tsx'
import { ComposerLayout, ONE_SCREEN } from './composer-layout.tsx'
import { WorkshopDialogsProvider } from './workshop-dialogs.tsx'

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

/** The header and the composer: everything the user works with, once the draft is restored. */
export function ComposerScreen() {
  const styles = useStyles()
  return (
    <WorkshopDialogsProvider>
      <div className={styles.root}>
        <AppHeader />
        <ComposerLayout />
      </div>
    </WorkshopDialogsProvider>
  )
}
