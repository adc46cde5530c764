import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components'
import { BracesRegular, CheckmarkRegular, CopyRegular } from '@fluentui/react-icons'
import { useCopyFeedback, type CopyState } from '#src/components/ui/use-copy-feedback.ts'
import { useBodyMask } from '#src/features/open-draft/body-mask.ts'
import { useDraft } from '#src/features/open-draft/draft-context.tsx'
import type { JsonEditor } from './json-editor.ts'

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  hint: { marginLeft: 'auto', color: tokens.colorNeutralForeground3 },
})

const COPY_LABEL: Record<CopyState, string> = {
  idle: 'Copy',
  copied: 'Copied',
  failed: 'Copy failed: use Ctrl+A, Ctrl+C',
}

export function EditorToolbar({ editor, hintId }: { editor: JsonEditor | null; hintId: string }) {
  const styles = useStyles()
  const invalid = useDraft((s) => s.bodyTextProblem !== null)
  const { state: copied, copy } = useCopyFeedback()
  // The editor draws identifiers masked while presenting; the clipboard gets the text as it is.
  const masked = useBodyMask() !== null
  return (
    <div className={styles.bar}>
      <Button
        size="small"
        icon={<BracesRegular />}
        disabledFocusable={!editor || invalid}
        onClick={() => editor?.format()}
      >
        Format
      </Button>
      <Button
        size="small"
        icon={copied === 'copied' ? <CheckmarkRegular /> : <CopyRegular />}
        disabledFocusable={!editor}
        onClick={() => {
          if (editor) copy(editor.text())
        }}
      >
        {copied === 'idle' && masked ? 'Copy (real values)' : COPY_LABEL[copied]}
      </Button>
      <Caption1 id={hintId} className={styles.hint}>
        Tab leaves the editor. Ctrl+] indents, Ctrl+[ outdents, Ctrl+Shift+M lists the problems, F8 goes to
        the next.
      </Caption1>
    </div>
  )
}
