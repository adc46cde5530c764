import {
  Button,
  Link,
  makeStyles,
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  mergeClasses,
  Subtitle2,
  Text,
  tokens,
  useRestoreFocusTarget,
} from '@fluentui/react-components'
import {
  ArrowUploadRegular,
  CodeRegular,
  DocumentBulletListRegular,
  SparkleRegular,
} from '@fluentui/react-icons'
import { useState } from 'react'
import { useCardStyles } from '#src/components/ui/card-styles.ts'
import { useFileImport } from '#src/features/files/import-context.ts'
import { useDraftStore } from '#src/features/open-draft/draft-context.tsx'
import { sessionTemplates } from '#src/features/templates/catalog.ts'
import { useWorkshopDialogs } from './workshop-dialogs.tsx'

const useStyles = makeStyles({
  card: {
    flex: '1 1 auto',
    overflowY: 'auto',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  heading: { margin: 0 },
  choices: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  error: { color: tokens.colorPaletteRedForeground1 },
})

/** Once the JSON editor has mounted (it loads on first use), its text takes the focus, ready for a paste. */
function focusJsonEditorWhenShown(): void {
  const find = () => document.querySelector<HTMLElement>('[role="textbox"][aria-label="BodyParameter"]')
  const ready = find()
  if (ready) {
    ready.focus()
    return
  }
  const observer = new MutationObserver(() => {
    const editor = find()
    if (!editor) return
    observer.disconnect()
    editor.focus()
  })
  observer.observe(document.body, { childList: true, subtree: true })
  setTimeout(() => observer.disconnect(), 10_000)
}

/**
 * What a newcomer sees instead of an empty form: four ways to a session. Each is one step Undo takes back;
 * "fill in the fields yourself" shows the empty form.
 */
export function FirstRun({ onSkip }: { onSkip: () => void }) {
  const styles = useStyles()
  const card = useCardStyles()
  const store = useDraftStore()
  const dialogs = useWorkshopDialogs()
  const fileImport = useFileImport()
  const restoreFocusTarget = useRestoreFocusTarget()
  const [problem, setProblem] = useState<string | null>(null)
  return (
    <section className={mergeClasses(card.card, styles.card)} aria-labelledby="first-run-heading">
      <Subtitle2 as="h2" id="first-run-heading" className={styles.heading}>
        Start a session
      </Subtitle2>
      <Text>
        A session is segments of media and their streams, between a caller and a callee. Start from one of
        these; everything can be changed afterwards, and Undo takes back any step.
      </Text>
      <div className={styles.choices} role="group" aria-label="Ways to start">
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <MenuButton appearance="primary" icon={<DocumentBulletListRegular />} {...restoreFocusTarget}>
              Start from a template
            </MenuButton>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              {sessionTemplates
                .filter((template) => template.id !== 'empty')
                .map((template) => (
                  <MenuItem
                    key={template.id}
                    secondaryContent={template.tags.join(', ')}
                    onClick={() => {
                      template.load().then(
                        (body) => store.replaceBody(body),
                        (error: unknown) =>
                          setProblem(error instanceof Error ? error.message : String(error)),
                      )
                    }}
                  >
                    {template.name}
                  </MenuItem>
                ))}
            </MenuList>
          </MenuPopover>
        </Menu>
        <Button icon={<SparkleRegular />} {...restoreFocusTarget} onClick={() => dialogs.show('generate')}>
          Generate a session
        </Button>
        <Button
          icon={<CodeRegular />}
          onClick={() => {
            store.setBodyKind('BodyParameter')
            focusJsonEditorWhenShown()
          }}
        >
          Paste BodyParameter JSON
        </Button>
        <Button icon={<ArrowUploadRegular />} onClick={fileImport.pick}>
          Import a file
        </Button>
      </div>
      <Text>
        Or <Link onClick={onSkip}>fill in the fields yourself</Link>: the session&apos;s own fields first,
        then segments.
      </Text>
      {problem ? (
        <Text role="alert" className={styles.error}>
          {problem}
        </Text>
      ) : null}
    </section>
  )
}
