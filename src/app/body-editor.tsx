import { Spinner } from '@fluentui/react-components'
import { lazy, Suspense } from 'react'
import { useDraft } from '../features/draft/draft-context.tsx'
import { ExpandedEditor } from '../features/form/expanded-editor.tsx'

// CodeMirror is heavy: it loads only when someone opens the BodyParameter JSON.
const BodyParameterEditor = lazy(() =>
  import('../features/body-json/body-parameter-editor.tsx').then((m) => ({ default: m.BodyParameterEditor })),
)

export function BodyEditor() {
  const bodyKind = useDraft((s) => s.bodyKind)
  if (bodyKind === 'Expanded') return <ExpandedEditor />
  return (
    <Suspense fallback={<Spinner label="Loading the JSON editor…" />}>
      <BodyParameterEditor />
    </Suspense>
  )
}
