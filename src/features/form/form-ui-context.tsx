import { useComposer } from '#src/features/open-draft/composer-context.ts'
import type { FormUiState, FormUiStore } from '#src/features/open-draft/form-ui-store.ts'
import { useStore } from '#src/lib/store/use-store.ts'

export function useFormUiStore(): FormUiStore {
  return useComposer().formUi
}

export function useFormUi<T>(select: (state: FormUiState) => T): T {
  return useStore(useComposer().formUi, select)
}
