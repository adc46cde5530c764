import type { JsonPath } from '#src/lib/json/json-value.ts'
import { pathKey } from '#src/lib/json/path.ts'
import { Store } from '#src/lib/store/store.ts'

export interface FormUiState {
  /** The open node: [] (session), ['segments', i], [..., 'media', j], [..., 'streams', k]. */
  selected: JsonPath
  /** Outline branches that are expanded, by pathKey. */
  openNodes: ReadonlySet<string>
  /** Object sections that are collapsed, by pathKey (sections start open). */
  closedSections: ReadonlySet<string>
  /** Bumped by every array operation: the detail pane remounts its uncontrolled inputs. */
  structure: number
  /** A field to focus once it is on screen (from the issue summary). */
  focusRequest: JsonPath | null
}

const NODE_KEYS = new Set(['segments', 'media', 'streams'])

/** The outline node that holds a path: its longest prefix ending in a segments/media/streams index. */
export function nodeOf(path: JsonPath): JsonPath {
  let end = 0
  for (let i = 1; i < path.length; i++) {
    const key = path[i - 1]
    if (typeof path[i] === 'number' && typeof key === 'string' && NODE_KEYS.has(key)) end = i + 1
    else if (typeof path[i] !== 'number' && !NODE_KEYS.has(String(path[i]))) break
  }
  return path.slice(0, end)
}

/** UI state of the expanded form; separate from the draft so that navigating never touches the body. */
export class FormUiStore extends Store<FormUiState> {
  constructor() {
    super({ selected: [], openNodes: new Set(), closedSections: new Set(), structure: 0, focusRequest: null })
  }

  /** The form's UI state now (the store's snapshot). */
  getState = (): FormUiState => this.getSnapshot()

  private get state(): FormUiState {
    return this.getSnapshot()
  }

  private patch(patch: Partial<FormUiState>): void {
    this.set({ ...this.state, ...patch })
  }

  select(path: JsonPath): void {
    const openNodes = new Set(this.state.openNodes)
    // Ancestors, and the node itself when it has children (a segment or a media).
    for (let i = 2; i <= Math.min(path.length, 4); i += 2) openNodes.add(pathKey(path.slice(0, i)))
    this.patch({ selected: path, openNodes })
  }

  setNodeOpen(path: JsonPath, open: boolean): void {
    const openNodes = new Set(this.state.openNodes)
    if (open) openNodes.add(pathKey(path))
    else openNodes.delete(pathKey(path))
    this.patch({ openNodes })
  }

  setSectionOpen(path: JsonPath, open: boolean): void {
    const closedSections = new Set(this.state.closedSections)
    if (open) closedSections.delete(pathKey(path))
    else closedSections.add(pathKey(path))
    this.patch({ closedSections })
  }

  structureChanged(selected: JsonPath): void {
    this.patch({ structure: this.state.structure + 1 })
    this.select(selected)
  }

  /** Opens the node and every section on the way to `path`, then asks the field to take focus. */
  focus(path: JsonPath): void {
    const closedSections = new Set(this.state.closedSections)
    for (let i = 1; i <= path.length; i++) closedSections.delete(pathKey(path.slice(0, i)))
    this.patch({ closedSections, focusRequest: path })
    this.select(nodeOf(path))
  }

  focusDone(): void {
    if (this.state.focusRequest) this.patch({ focusRequest: null })
  }
}
