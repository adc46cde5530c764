import { Spinner } from '@fluentui/react-components'
import { Suspense, useState } from 'react'
import { lazyPart } from '#src/components/ui/lazy-part.ts'
import { ExpandedEditor } from '#src/features/form/expanded-editor.tsx'
import { useDraft } from '#src/features/open-draft/draft-context.tsx'
import { isJsonObject } from '#src/lib/json/json-value.ts'
import { FirstRun } from './first-run.tsx'

// CodeMirror is heavy: it loads only when someone opens the BodyParameter JSON.
const jsonEditor = lazyPart(() =>
  import('#src/features/body-json/body-parameter-editor.tsx').then((m) => m.BodyParameterEditor),
)

export function BodyEditor() {
  const bodyKind = useDraft((s) => s.bodyKind)
  const empty = useDraft((s) => isJsonObject(s.body) && s.body.size === 0)
  const [skipped, setSkipped] = useState(false)
  if (bodyKind === 'Expanded' && empty && !skipped) return <FirstRun onSkip={() => setSkipped(true)} />
  if (bodyKind === 'Expanded') return <ExpandedEditor />
  return (
    <Suspense fallback={<Spinner label="Loading the JSON editor…" />}>
      <jsonEditor.Component />
    </Suspense>
  )
}
