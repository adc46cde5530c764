import type { Issue } from '#src/features/schema/validate.ts'
import type { JsonPath } from '#src/lib/json/json-value.ts'
import { pathKey } from '#src/lib/json/path.ts'
import { useStore } from '#src/lib/store/use-store.ts'
import { useComposer } from './composer-context.ts'
import type { IssueCounts, Validation, ValidationStore } from './validation-store.ts'

export function useValidationStore(): ValidationStore {
  return useComposer().validation
}

export function useValidation<T>(select: (validation: Validation) => T): T {
  return useStore(useComposer().validation, select)
}

const NONE: readonly Issue[] = []
const ZERO: IssueCounts = { errors: 0, warnings: 0 }

/** Errors and warnings of exactly this field. */
export function useIssues(path: JsonPath): readonly Issue[] {
  const key = pathKey(path)
  return useValidation((v) => v.byPath.get(key) ?? NONE)
}

/** How many errors and warnings sit at or below this path. */
export function useIssueCounts(path: JsonPath): IssueCounts {
  const key = pathKey(path)
  return useValidation((v) => v.below.get(key) ?? ZERO)
}
