import { makeStyles, Subtitle1, tokens } from '@fluentui/react-components'
import { ThemeMenu } from './theme-menu.tsx'

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0, marginRight: 'auto' },
})

export function AppHeader() {
  const styles = useStyles()
  return (
    <header className={styles.header}>
      <Subtitle1 as="h1" className={styles.title}>
        Session Composer
      </Subtitle1>
      <ThemeMenu />
    </header>
  )
}
