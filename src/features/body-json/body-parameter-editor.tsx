import { mergeClasses, makeStyles, tokens } from '@fluentui/react-components'
import { useCallback, useEffect, useId, useState } from 'react'
import { useCardStyles } from '#src/components/ui/card-styles.ts'
import { useBodyMask } from '#src/features/open-draft/body-mask.ts'
import { useDraftStore } from '#src/features/open-draft/draft-context.tsx'
import { useValidationStore } from '#src/features/open-draft/validation-context.tsx'
import { EditorStatus } from './editor-status.tsx'
import { EditorToolbar } from './editor-toolbar.tsx'
import { JsonEditor } from './json-editor.ts'

const useStyles = makeStyles({
  // Fills whatever height the layout gives and never overflows it: the editor scrolls inside.
  root: {
    flex: '1 1 auto',
    minHeight: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  // The basis is the height asked of a layout that sizes by content; a fixed-height one shrinks or grows it.
  host: { flex: '1 1 24rem', minHeight: 0 },
})

/** The -BodyParameter JSON: a CodeMirror editor bound to the draft, its actions and its status line. */
export function BodyParameterEditor() {
  const styles = useStyles()
  const card = useCardStyles()
  const draft = useDraftStore()
  const validation = useValidationStore()
  const hintId = useId()
  const [editor, setEditor] = useState<JsonEditor | null>(null)
  const mask = useBodyMask()
  useEffect(() => {
    editor?.setMask(mask)
  }, [editor, mask])
  const host = useCallback(
    (element: HTMLDivElement | null) => {
      if (!element) return
      const created = new JsonEditor(element, draft, validation, hintId)
      setEditor(created)
      return () => {
        created.destroy()
        setEditor(null)
      }
    },
    [draft, validation, hintId],
  )
  return (
    <section className={mergeClasses(card.card, styles.root)} aria-label="BodyParameter JSON">
      <EditorToolbar editor={editor} hintId={hintId} />
      <div ref={host} className={styles.host} />
      <EditorStatus cursor={editor?.cursor ?? null} />
    </section>
  )
}
