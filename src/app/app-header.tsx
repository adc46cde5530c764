import { makeStyles, Subtitle1, tokens } from '@fluentui/react-components'
import { AuthControls } from '#src/features/auth/auth-controls.tsx'
import { PresenterSwitch } from '#src/features/presenter/presenter-switch.tsx'
import { SandboxExtrasContext } from '#src/features/settings/sandbox-extras.tsx'
import { SettingsDialog } from '#src/features/settings/settings-dialog.tsx'
import { renderSubscriptions } from '#src/features/subscriptions/subscriptions-slot.tsx'
import { TemplatesMenu } from '#src/features/templates/templates-menu.tsx'
import { ThemeMenu } from './theme-menu.tsx'
import { WorkshopActions } from './workshop-actions.tsx'

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    // Labels stay on one line; what does not fit goes into "More", then onto a second row.
    whiteSpace: 'nowrap',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0 },
  spacer: { marginRight: 'auto' },
})

export function AppHeader() {
  const styles = useStyles()
  return (
    <header className={styles.header}>
      <Subtitle1 as="h1" className={styles.title}>
        Session Composer
      </Subtitle1>
      <TemplatesMenu />
      <WorkshopActions />
      <span className={styles.spacer} />
      <PresenterSwitch />
      <SandboxExtrasContext value={renderSubscriptions}>
        <SettingsDialog />
      </SandboxExtrasContext>
      <ThemeMenu />
      <AuthControls />
    </header>
  )
}
