export const TAB_DRAFT_KEY = 'session-composer.tab-draft'

export type TabStorage = Pick<Storage, 'getItem' | 'setItem'>

/** The draft this tab edits: sessionStorage survives a refresh of the tab and belongs to it alone. */
export function readTabDraft(storage: TabStorage | undefined): string | null {
  try {
    return storage?.getItem(TAB_DRAFT_KEY) ?? null
  } catch {
    return null
  }
}

export function writeTabDraft(storage: TabStorage | undefined, id: string): void {
  try {
    storage?.setItem(TAB_DRAFT_KEY, id)
  } catch {
    // Without it a refresh restores the draft the last tab edited, which is usually this one.
  }
}
