import { makeStyles, Subtitle1, tokens } from '@fluentui/react-components'
import { AuthControls } from '#src/features/auth/auth-controls.tsx'
import { PresenterSwitch } from '#src/features/presenter/presenter-switch.tsx'
import { usePresenterMask } from '#src/features/presenter/use-presenter-mask.ts'
import { SandboxExtrasContext } from '#src/features/settings/sandbox-extras.tsx'
import { SettingsDialog } from '#src/features/settings/settings-dialog.tsx'
import { renderSubscriptions } from '#src/features/subscriptions/subscriptions-slot.tsx'
import { TemplatesMenu } from '#src/features/templates/templates-menu.tsx'
import { TargetLabel } from './target-label.tsx'
import { ThemeMenu } from './theme-menu.tsx'
import { UndoRedo } from './undo-redo.tsx'
import { WorkshopActions } from './workshop-actions.tsx'

const useStyles = makeStyles({
  header: {
    position: 'relative',
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    // Labels stay on one line; what does not fit goes into "More", then onto a second row.
    whiteSpace: 'nowrap',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: {
    margin: 0,
    marginRight: tokens.spacingHorizontalS,
    // A projector's width is for the tools: the name stays for screen readers.
    '@media (max-width: 1199px)': {
      position: 'absolute',
      width: '1px',
      height: '1px',
      overflow: 'hidden',
      clipPath: 'inset(50%)',
    },
  },
  spacer: { marginRight: 'auto' },
})

export function AppHeader() {
  const styles = useStyles()
  const presenterMask = usePresenterMask()
  return (
    <header className={styles.header}>
      <Subtitle1 as="h1" className={styles.title}>
        Session Composer
      </Subtitle1>
      <UndoRedo />
      <TemplatesMenu />
      <WorkshopActions />
      <span className={styles.spacer} />
      <PresenterSwitch />
      <SandboxExtrasContext value={renderSubscriptions}>
        <SettingsDialog />
      </SandboxExtrasContext>
      <ThemeMenu />
      <AuthControls target={<TargetLabel />} mask={presenterMask?.maskText} />
    </header>
  )
}
