import type { Diagnostic } from '@codemirror/lint'
import type { DraftStore } from '#src/features/open-draft/draft-store.ts'
import type { ValidationStore } from '#src/features/open-draft/validation-store.ts'
import { schemaDiagnostics } from './schema-diagnostics.ts'
import { syntaxDiagnostic } from './syntax-diagnostic.ts'

/**
 * Turns the draft's syntax problem, or the schema issues of the body the text parsed to, into editor
 * diagnostics. Issues are located in the text only when they change and only while the store holds the
 * editor's exact text; while typing, CodeMirror maps the last diagnostics along with the edits. The work runs
 * in a task of its own, coalescing store notifications and adding nothing to the task that parsed or validated.
 */
export class DiagnosticsFeed {
  private basis: unknown = null
  private showingSyntax = false
  private timer: ReturnType<typeof setTimeout> | undefined
  private readonly unsubscribe: (() => void)[]

  constructor(
    private readonly draft: DraftStore,
    private readonly validation: ValidationStore,
    private readonly binding: { readonly inSync: boolean },
    private readonly publish: (diagnostics: readonly Diagnostic[]) => void,
  ) {
    const schedule = () => {
      this.timer ??= setTimeout(() => {
        this.timer = undefined
        this.update()
      })
    }
    this.unsubscribe = [draft.subscribe(schedule), validation.subscribe(schedule)]
    schedule()
  }

  private update(): void {
    const draft = this.draft.getState()
    const text = draft.bodyText
    if (text === null || !this.binding.inSync) return
    const problem = draft.bodyTextProblem
    if (problem) {
      this.show(problem, true, () => [syntaxDiagnostic(problem, text)])
      return
    }
    const validation = this.validation.getState()
    if (validation.body === draft.body) {
      this.show(validation, false, () =>
        schemaDiagnostics(text, [...validation.errors, ...validation.warnings]),
      )
    } else if (this.showingSyntax) this.show(null, false, () => [])
  }

  dispose(): void {
    clearTimeout(this.timer)
    this.unsubscribe.forEach((unsubscribe) => unsubscribe())
  }

  private show(basis: unknown, syntax: boolean, diagnostics: () => Diagnostic[]): void {
    if (basis === this.basis) return
    this.basis = basis
    this.showingSyntax = syntax
    this.publish(diagnostics())
  }
}
