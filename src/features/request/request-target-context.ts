import { useComposer } from '#src/features/open-draft/composer-context.ts'
import type { RequestTarget } from '#src/features/open-draft/request-target.ts'
import { useStore } from '#src/lib/store/use-store.ts'

/** Where the request goes (the target chosen in Settings). */
export function useRequestTarget(): RequestTarget {
  return useStore(useComposer().target)
}
