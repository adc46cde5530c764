import { Menu, MenuButton, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components'
import { useDrafts } from '#src/features/draft-library/drafts-context.ts'
import { useDraftStore } from '#src/features/open-draft/draft-context.tsx'

/** The two exports, for the header's menu and its overflow. */
export function useExports(): { saveBody: () => void; saveDraft: () => void } {
  const store = useDraftStore()
  const drafts = useDrafts()
  // The serialisers load on first use; what is saved is the draft at the moment of the click.
  const save = (what: 'body' | 'draft') => {
    store.flushPending()
    const state = store.getState()
    const name = drafts.getSnapshot().currentName || 'draft'
    void import('./export-actions.ts').then((actions) =>
      what === 'body' ? actions.saveBody(state) : actions.saveDraft(state, name),
    )
  }
  return { saveBody: () => save('body'), saveDraft: () => save('draft') }
}

export function ExportMenuItems() {
  const { saveBody, saveDraft } = useExports()
  return (
    <MenuList>
      <MenuItem secondaryContent="the body" onClick={saveBody}>
        Save session.json
      </MenuItem>
      <MenuItem secondaryContent="ids, set, body" onClick={saveDraft}>
        Save draft (.draft.json)
      </MenuItem>
    </MenuList>
  )
}

/** "Export ▾": the body as `session.json`, or the whole draft as `*.draft.json`. */
export function ExportMenu() {
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <MenuButton appearance="subtle">Export</MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <ExportMenuItems />
      </MenuPopover>
    </Menu>
  )
}
