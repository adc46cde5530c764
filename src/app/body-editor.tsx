import { Spinner } from '@fluentui/react-components'
import { Suspense } from 'react'
import { lazyPart } from '#src/components/ui/lazy-part.ts'
import { ExpandedEditor } from '#src/features/form/expanded-editor.tsx'
import { useDraft } from '#src/features/open-draft/draft-context.tsx'

// CodeMirror is heavy: it loads only when someone opens the BodyParameter JSON.
const jsonEditor = lazyPart(() =>
  import('#src/features/body-json/body-parameter-editor.tsx').then((m) => m.BodyParameterEditor),
)

export function BodyEditor() {
  const bodyKind = useDraft((s) => s.bodyKind)
  if (bodyKind === 'Expanded') return <ExpandedEditor />
  return (
    <Suspense fallback={<Spinner label="Loading the JSON editor…" />}>
      <jsonEditor.Component />
    </Suspense>
  )
}
