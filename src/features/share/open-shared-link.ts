import type { DraftsController } from '#src/features/draft-library/drafts-controller.ts'
import { decodeSharePayload } from './share-codec.ts'
import { sharePayloadOf } from './share-fragment.ts'

/**
 * Opens the draft a share link carries as a new named draft (the recipient's autosaved one stays), then
 * takes the fragment off the address so a refresh does not open it again.
 */
export async function openSharedLink(
  drafts: DraftsController,
  location: Location,
  history: History,
): Promise<void> {
  const payload = sharePayloadOf(location.hash)
  if (payload === null) return
  history.replaceState(history.state, '', `${location.pathname}${location.search}`)
  const decoded = await decodeSharePayload(payload)
  if (!decoded.ok) {
    drafts.report('share-link', `The share link could not be opened: ${decoded.problem}`)
    return
  }
  const when = new Date().toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
  await drafts.openRecord(decoded.record, `${decoded.record.name} (shared ${when})`)
}
