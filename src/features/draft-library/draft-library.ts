import type { DraftRepository, ListedDraft } from './draft-repository.ts'

/** Newest first; unreadable entries last. */
export async function listDrafts(repository: DraftRepository | null): Promise<ListedDraft[]> {
  const listed = repository ? await repository.list() : []
  return listed.sort((a, b) =>
    a.ok && b.ok ? b.summary.savedAt.localeCompare(a.summary.savedAt) : a.ok ? -1 : 1,
  )
}

/** Renames a stored draft that is not being edited here. */
export async function renameStored(
  repository: DraftRepository | null,
  id: string,
  name: string,
): Promise<void> {
  const read = await repository?.read(id)
  if (read?.ok) await repository?.write(id, { ...read.record, name })
}

/** Stores a copy named "… (copy)"; returns why it could not, or null. */
export async function duplicateStored(
  repository: DraftRepository | null,
  id: string,
  copyId: string,
  savedAt: string,
): Promise<string | null> {
  const read = await repository?.read(id)
  if (!read?.ok) return `That draft could not be duplicated: ${read?.problem ?? 'no storage'}`
  await repository?.write(copyId, { ...read.record, name: `${read.record.name} (copy)`, savedAt })
  return null
}
