import {
  Button,
  makeStyles,
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  tokens,
  useRestoreFocusTarget,
} from '@fluentui/react-components'
import { MoreHorizontalRegular } from '@fluentui/react-icons'
import { ExportMenu, ExportMenuItems } from '#src/features/files/export-menu.tsx'
import { useFileImport } from '#src/features/files/import-context.ts'
import { useFitCount } from './use-fit-count.ts'
import { useWorkshopDialogs, type DialogName } from './workshop-dialogs.tsx'

const useStyles = makeStyles({
  // Takes the header's free width; what does not fit goes into "More".
  toolbar: {
    flex: '1 1 0',
    minWidth: 0,
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    overflow: 'hidden',
  },
  item: { flexShrink: 0 },
})

// Text only: the six icons would cost the first download about 1 kB gzip, and the budget is 300 kB.
interface Action {
  id: string
  label: string
  /** Absent for Export, which is a menu. */
  run?: () => void
}

/** The header's workshop tools: Generate, Bulk send, Drafts, Import, Export ▾ and Share link, with "More". */
export function WorkshopActions() {
  const styles = useStyles()
  const dialogs = useWorkshopDialogs()
  const fileImport = useFileImport()
  // Closing a dialog gives the focus back to what opened it: the button, or "More" for its menu's items.
  const restoreFocusTarget = useRestoreFocusTarget()
  const show = (name: DialogName) => () => dialogs.show(name)
  const actions: Action[] = [
    { id: 'generate', label: 'Generate', run: show('generate') },
    { id: 'bulk', label: 'Bulk send', run: show('bulk') },
    { id: 'drafts', label: 'Drafts', run: show('drafts') },
    { id: 'import', label: 'Import', run: fileImport.pick },
    { id: 'export', label: 'Export' },
    { id: 'share', label: 'Share link', run: show('share') },
  ]
  const { container, itemRef, moreRef, visible, minWidth } = useFitCount(actions.length)
  return (
    <>
      <div
        ref={container}
        className={styles.toolbar}
        style={minWidth ? { minWidth } : undefined}
        role="group"
        aria-label="Workshop tools"
      >
        {actions.map((action, index) => (
          <span key={action.id} ref={itemRef(index)} className={styles.item} hidden={index >= visible}>
            {action.run ? (
              <Button appearance="subtle" {...restoreFocusTarget} onClick={action.run}>
                {action.label}
              </Button>
            ) : (
              <ExportMenu />
            )}
          </span>
        ))}
        <span ref={moreRef} className={styles.item} hidden={visible >= actions.length}>
          <Menu>
            <MenuTrigger disableButtonEnhancement>
              <MenuButton appearance="subtle" icon={<MoreHorizontalRegular />} {...restoreFocusTarget}>
                More
              </MenuButton>
            </MenuTrigger>
            <MenuPopover>
              <MenuList>
                {actions.slice(visible).map((action) => (
                  <HiddenAction key={action.id} action={action} />
                ))}
              </MenuList>
            </MenuPopover>
          </Menu>
        </span>
      </div>
    </>
  )
}

function HiddenAction({ action }: { action: Action }) {
  const { run } = action
  if (run) {
    return <MenuItem onClick={run}>{action.label}</MenuItem>
  }
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <MenuItem>{action.label}</MenuItem>
      </MenuTrigger>
      <MenuPopover>
        <ExportMenuItems />
      </MenuPopover>
    </Menu>
  )
}
