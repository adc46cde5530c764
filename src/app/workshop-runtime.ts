import { DraftsController } from '#src/features/draft-library/drafts-controller.ts'
import { openIdbDraftRepository } from '#src/features/draft-library/idb-draft-repository.ts'
import type { DraftStore } from '#src/features/open-draft/draft-store.ts'
import { openSharedLink } from '#src/features/share/open-shared-link.ts'
import { sharePayloadOf } from '#src/features/share/share-fragment.ts'
import { STORAGE_OPEN_TIMEOUT_MS } from '#src/lib/timings.ts'

// A browser that never answers (IndexedDB blocked by another tab's upgrade) must not keep the app from opening.

function openRepositoryWithin(ms: number) {
  return Promise.race([
    openIdbDraftRepository(),
    new Promise<never>((_, reject) => {
      setTimeout(() => {
        reject(new Error(`the browser's storage did not answer within ${ms / 1000} s`))
      }, ms)
    }),
  ])
}

// Reading either property throws where storage is blocked (some privacy settings).
function storageOrUndefined(get: () => Storage): Storage | undefined {
  try {
    return get()
  } catch {
    return undefined
  }
}

export interface Workshop {
  drafts: DraftsController
  /** Opens the draft a `#draft=…` address carries, if it carries one. */
  openLink: () => Promise<void>
}

/** Restores this tab's draft, then opens a share link the address carries (as a new draft). */
export async function startWorkshop(store: DraftStore): Promise<Workshop> {
  const drafts = new DraftsController(store, () => openRepositoryWithin(STORAGE_OPEN_TIMEOUT_MS), {
    rescueStorage: storageOrUndefined(() => window.localStorage),
    tabStorage: storageOrUndefined(() => window.sessionStorage),
  })
  const openLink = async () => {
    if (sharePayloadOf(window.location.hash) !== null)
      await openSharedLink(drafts, window.location, window.history)
  }
  await drafts.start()
  await openLink()
  return { drafts, openLink }
}
