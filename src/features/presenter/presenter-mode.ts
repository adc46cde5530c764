import { useSyncExternalStore } from 'react'

const STORAGE_KEY = 'session-composer.presenter-mode'
const listeners = new Set<() => void>()
// Used when storage is unavailable: the switch then lasts until the page closes.
let memory = false

function read(): boolean {
  try {
    const stored = localStorage.getItem(STORAGE_KEY)
    return stored === null ? memory : stored === 'on'
  } catch {
    return memory
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  // Another tab of the same workshop follows the switch.
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY) listener()
  }
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', onStorage)
  }
}

export function setPresenterMode(on: boolean): void {
  memory = on
  try {
    localStorage.setItem(STORAGE_KEY, on ? 'on' : 'off')
  } catch {
    // Storage disabled: `memory` holds it.
  }
  listeners.forEach((listener) => {
    listener()
  })
}

export function usePresenterMode(): boolean {
  return useSyncExternalStore(subscribe, read)
}
