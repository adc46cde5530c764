import { createContext, use, useSyncExternalStore } from 'react'
import type { Issue } from '#src/features/schema/validate.ts'
import type { JsonPath } from '#src/lib/json/json-value.ts'
import { pathKey } from '#src/lib/json/path.ts'
import type { IssueCounts, Validation, ValidationStore } from './validation-store.ts'

export const ValidationContext = createContext<ValidationStore | null>(null)

export function useValidationStore(): ValidationStore {
  const store = use(ValidationContext)
  if (!store) throw new Error('useValidationStore needs a <ValidationContext> provider')
  return store
}

export function useValidation<T>(select: (validation: Validation) => T): T {
  const store = useValidationStore()
  return useSyncExternalStore(store.subscribe, () => select(store.getState()))
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
