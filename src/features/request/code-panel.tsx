import { Checkbox, makeStyles, mergeClasses, Tab, TabList, tokens, useId } from '@fluentui/react-components'
import { useDeferredValue, useMemo, useState } from 'react'
import { CopyButton } from '#src/components/ui/copy-button.tsx'
import { VirtualText } from '#src/components/ui/virtual-text.tsx'
import { useDraft, useDraftStore } from '#src/features/open-draft/draft-context.tsx'
import type { DraftState } from '#src/features/open-draft/draft-state.ts'
import type { BuiltRequest } from './build-request.ts'
import { requestSnippetFor, SNIPPETS, type SnippetKind } from './code/snippet-kind.ts'
import { usePowerShellSnippet } from './code/use-powershell-snippet.ts'
import { useRequestTarget } from './request-target-context.ts'
import { StaleBodyNote } from './stale-body-note.tsx'

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minHeight: 0 },
  bar: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  tabs: { marginRight: 'auto' },
  panel: { flex: '1 1 auto', display: 'flex', flexDirection: 'column', minHeight: 0 },
  text: { flex: '1 1 200px', minHeight: '120px' },
})

export interface CodePanelProps {
  /** The settled (and, in presenter mode, masked) draft the request was built from. */
  draft: DraftState
  request: BuiltRequest
  /** What is really sent, when the above is masked (presenter mode): Copy copies its code. */
  real?: { draft: DraftState; request: BuiltRequest } | null
  className?: string
}

/** The same request as PowerShell, curl and fetch, one tab at a time; only the open tab is generated. */
export function CodePanel({ draft, request, real = null, className }: CodePanelProps) {
  const styles = useStyles()
  const store = useDraftStore()
  const whatIf = useDraft((s) => s.whatIf)
  const target = useRequestTarget()
  const [kind, setKind] = useState<SnippetKind>('powershell')
  const id = useId('code')
  // A separate, interruptible render: the preview updates first, the snippet follows.
  const deferredKind = useDeferredValue(kind)
  const deferredDraft = useDeferredValue(draft)
  const deferredRequest = useDeferredValue(request)
  // PowerShell is written off the main thread (megabytes for a large body); curl and fetch only wrap the body.
  const powershell = usePowerShellSnippet(deferredDraft, deferredRequest.body, deferredKind === 'powershell')
  // In presenter mode the clipboard gets the code that works: written from the real draft as well.
  const deferredReal = useDeferredValue(real)
  const realPowershell = usePowerShellSnippet(
    deferredReal?.draft ?? deferredDraft,
    deferredReal?.request.body ?? deferredRequest.body,
    deferredKind === 'powershell' && deferredReal !== null,
  )
  const text = useMemo(
    () =>
      deferredKind === 'powershell'
        ? (powershell ?? '')
        : requestSnippetFor(deferredKind, deferredRequest, target),
    [deferredKind, deferredRequest, powershell, target],
  )
  const label = SNIPPETS.find((s) => s.kind === kind)?.label ?? kind
  return (
    <section aria-label="Code" className={mergeClasses(styles.root, className)}>
      <div className={styles.bar}>
        <TabList
          size="small"
          className={styles.tabs}
          selectedValue={kind}
          onTabSelect={(_, data) => {
            setKind(data.value as SnippetKind)
          }}
        >
          {SNIPPETS.map((s) => (
            <Tab key={s.kind} value={s.kind} id={`${id}-${s.kind}`} aria-controls={`${id}-panel`}>
              {s.label}
            </Tab>
          ))}
        </TabList>
        {/* -WhatIf is the cmdlet's switch: curl and fetch have no such thing. */}
        {kind === 'powershell' ? (
          <Checkbox
            label="Include -WhatIf"
            checked={whatIf}
            onChange={(_, data) => {
              store.setSwitch('whatIf', data.checked === true)
            }}
          />
        ) : null}
        <CopyButton
          what={real ? `${label} code (real values)` : `${label} code`}
          text={() =>
            !deferredReal
              ? text
              : deferredKind === 'powershell'
                ? (realPowershell ?? '')
                : requestSnippetFor(deferredKind, deferredReal.request, target)
          }
        />
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${kind}`} className={styles.panel}>
        {draft.bodyKind === 'BodyParameter' && draft.bodyTextProblem ? (
          <StaleBodyNote what="code" problem={draft.bodyTextProblem.message} />
        ) : null}
        <VirtualText text={text} label={`${label} code`} className={styles.text} />
      </div>
    </section>
  )
}
