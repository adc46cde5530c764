import { createContext, use, useSyncExternalStore } from 'react'
import type { FormUiState, FormUiStore } from './form-ui-store.ts'

export const FormUiContext = createContext<FormUiStore | null>(null)

export function useFormUiStore(): FormUiStore {
  const store = use(FormUiContext)
  if (!store) throw new Error('useFormUiStore needs a <FormUiContext> provider')
  return store
}

export function useFormUi<T>(select: (state: FormUiState) => T): T {
  const store = useFormUiStore()
  return useSyncExternalStore(store.subscribe, () => select(store.getState()))
}
