/** Holds a draft for this tab until released; null when another tab holds it. */
export type ClaimDraft = (id: string) => Promise<(() => void) | null>

/**
 * A Web Lock per draft: the browser releases it when the tab closes or crashes, so a draft is never edited
 * by two tabs at once (each would autosave over the other). Without Web Locks every claim succeeds.
 */
export const webLockClaim: ClaimDraft = (id) =>
  new Promise((resolve) => {
    if (typeof navigator === 'undefined' || !('locks' in navigator)) {
      resolve(() => undefined)
      return
    }
    void navigator.locks.request(`session-composer.draft.${id}`, { ifAvailable: true }, (lock) => {
      if (!lock) {
        resolve(null)
        return undefined
      }
      return new Promise<void>((release) => {
        resolve(() => {
          release()
        })
      })
    })
  })

export interface Claimed {
  id: string
  name: string
  release: () => void
  /** True when another tab held the draft, so this tab got a copy to edit. */
  copied: boolean
}

/** The draft for this tab: itself when free, otherwise a new id for a copy named "… (second tab)". */
export async function claimOrCopy(
  claim: ClaimDraft,
  id: string,
  name: string,
  newId: () => string,
): Promise<Claimed> {
  const release = await claim(id)
  if (release) return { id, name, release, copied: false }
  const copyId = newId()
  return {
    id: copyId,
    name: `${name} (second tab)`,
    release: (await claim(copyId)) ?? (() => undefined),
    copied: true,
  }
}
