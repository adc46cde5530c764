import type { JsonPath, JsonValue } from '#src/lib/json/json-value.ts'
import { getIn } from '#src/lib/json/path.ts'
import { useStore } from '#src/lib/store/use-store.ts'
import { useComposer } from './composer-context.ts'
import type { DraftState } from './draft-state.ts'
import type { DraftStore } from './draft-store.ts'

export function useDraftStore(): DraftStore {
  return useComposer().draft
}

/** A narrow slice of the draft; the component re-renders only when the slice changes (Object.is). */
export function useDraft<T>(select: (state: DraftState) => T): T {
  return useStore(useComposer().draft, select)
}

/** The value at one path of the body. Structural sharing keeps it stable while other fields change. */
export function useBodyValue(path: JsonPath): JsonValue | undefined {
  return useStore(useComposer().draft, (state) => getIn(state.body, path))
}
