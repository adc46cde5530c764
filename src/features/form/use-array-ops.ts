import { useDraftStore } from '#src/features/open-draft/draft-context.tsx'
import type { JsonPath, JsonValue } from '#src/lib/json/json-value.ts'
import { applyArrayOp, type ArrayOp } from './array-ops.ts'
import { useFormUiStore } from './form-ui-context.tsx'

export interface ArrayOps {
  add(item: JsonValue): void
  remove(index: number): void
  duplicate(index: number): void
  move(index: number, to: number): void
}

/**
 * Array operations on one body array. Each remounts the detail pane (inputs are uncontrolled and keyed by
 * position) and, when `selects` is set, selects the item it touched — the outline follows.
 */
export function useArrayOps(arrayPath: JsonPath, selects = false): ArrayOps {
  const draft = useDraftStore()
  const ui = useFormUiStore()
  const run = (op: ArrayOp) => {
    const { body, index } = applyArrayOp(draft.getState().body, arrayPath, op)
    draft.setBodyValue([], body)
    const parent = arrayPath.slice(0, -1)
    ui.structureChanged(
      selects ? (index === undefined ? parent : [...arrayPath, index]) : ui.getState().selected,
    )
  }
  return {
    add: (item) => run({ kind: 'add', item }),
    remove: (index) => run({ kind: 'remove', index }),
    duplicate: (index) => run({ kind: 'duplicate', index }),
    move: (index, to) => run({ kind: 'move', index, to }),
  }
}
