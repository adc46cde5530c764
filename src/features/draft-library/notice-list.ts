export interface DraftsNotice {
  id: string
  text: string
  intent: 'info' | 'warning' | 'error'
}

/** Messages about storage shown until dismissed; one per id, so a repeated failure does not stack up. */
export class NoticeList {
  items: readonly DraftsNotice[] = []

  constructor(private readonly changed: () => void) {}

  add(id: string, text: string, intent: DraftsNotice['intent']): void {
    this.items = [...this.items.filter((notice) => notice.id !== id), { id, text, intent }]
    this.changed()
  }

  remove(id: string): void {
    this.items = this.items.filter((notice) => notice.id !== id)
    this.changed()
  }
}
