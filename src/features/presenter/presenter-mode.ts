import { Store } from '#src/lib/store/store.ts'
import { useStore } from '#src/lib/store/use-store.ts'

const STORAGE_KEY = 'session-composer.presenter-mode'

function read(fallback: boolean): boolean {
  try {
    const stored = localStorage.getItem(STORAGE_KEY)
    return stored === null ? fallback : stored === 'on'
  } catch {
    return fallback
  }
}

let mode: Store<boolean> | undefined

/** The switch, made on first use: the browser's storage holds it, and another tab follows it. */
function presenterMode(): Store<boolean> {
  if (!mode) {
    const store = new Store(read(false))
    window.addEventListener('storage', (event) => {
      if (event.key === STORAGE_KEY) store.set(read(store.getSnapshot()))
    })
    mode = store
  }
  return mode
}

export function setPresenterMode(on: boolean): void {
  try {
    localStorage.setItem(STORAGE_KEY, on ? 'on' : 'off')
  } catch {
    // Storage disabled: the switch then lasts until the page closes.
  }
  presenterMode().set(on)
}

export function usePresenterMode(): boolean {
  return useStore(presenterMode())
}
