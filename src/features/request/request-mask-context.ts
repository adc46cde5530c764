import { useComposer } from '#src/features/open-draft/composer-context.ts'
import type { RequestMask } from '#src/features/open-draft/request-mask.ts'
import { useStore } from '#src/lib/store/use-store.ts'

/** How the request is shown: presenter mode's mask, or null. */
export function useRequestMask(): RequestMask | null {
  return useStore(useComposer().mask)
}
