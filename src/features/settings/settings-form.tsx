import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Text,
  tokens,
} from '@fluentui/react-components'
import { useState } from 'react'
import { useDialogLayout } from '#src/components/ui/dialog-layout.ts'
import { activeTarget } from './active-target.ts'
import { FaultMode } from './fault-mode.tsx'
import type { SettingsStore } from './settings-store.ts'
import { TargetFields } from './target-fields.tsx'
import { TARGET_KINDS, TARGET_LABELS, type TargetSettings } from './target-settings.ts'

const useStyles = makeStyles({
  mono: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
})

export interface SettingsFormDialogProps {
  store: SettingsStore
  open: boolean
  onOpenChange: (open: boolean) => void
}

/** The Settings dialog; its form starts from the saved settings each time it opens. */
export function SettingsFormDialog({ store, open, onOpenChange }: SettingsFormDialogProps) {
  const layout = useDialogLayout()
  return (
    <Dialog open={open} onOpenChange={(_, data) => onOpenChange(data.open)}>
      <DialogSurface className={layout.medium}>
        <SettingsForm store={store} onDone={() => onOpenChange(false)} />
      </DialogSurface>
    </Dialog>
  )
}

export interface SettingsFormProps {
  store: SettingsStore
  onDone: () => void
}

/** The dialog's body: the target choice and its fields; Save applies them (and rebuilds sign-in). */
export function SettingsForm({ store, onDone }: SettingsFormProps) {
  const styles = useStyles()
  const layout = useDialogLayout()
  const [draft, setDraft] = useState<TargetSettings>(() => store.getSnapshot().settings)
  // Remounts the fields after a reset, so inputs holding their own text show the defaults.
  const [generation, setGeneration] = useState(0)
  const problems = Object.keys(activeTarget(draft).issues).length
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault()
        store.save(draft)
        onDone()
      }}
    >
      <DialogBody>
        <DialogTitle>Settings</DialogTitle>
        <DialogContent className={layout.stack}>
          <Field label="Send to">
            <RadioGroup
              value={draft.target}
              onChange={(_, data) => {
                const target = TARGET_KINDS.find((kind) => kind === data.value) ?? 'sandbox'
                setDraft({ ...draft, target })
              }}
            >
              {TARGET_KINDS.map((kind) => (
                <Radio key={kind} value={kind} label={TARGET_LABELS[kind]} />
              ))}
            </RadioGroup>
          </Field>
          {draft.target === 'graph' && <GraphNote />}
          <TargetFields key={generation} settings={draft} onChange={setDraft} />
          {draft.target !== 'sandbox' && (
            <Text size={200}>
              Register this redirect URI (single-page application) with the sign-in server:{' '}
              <span className={styles.mono}>{`${globalThis.location.origin}/redirect.html`}</span>
            </Text>
          )}
          {draft.target === 'sandbox' && <FaultMode sandboxBaseUrl={draft.sandbox.baseUrl} />}
        </DialogContent>
        <DialogActions position="start">
          <Button
            onClick={() => {
              setDraft({ ...store.defaults, target: draft.target })
              setGeneration((g) => g + 1)
            }}
          >
            Reset to defaults
          </Button>
        </DialogActions>
        <DialogActions position="end">
          <DialogTrigger disableButtonEnhancement>
            <Button>Cancel</Button>
          </DialogTrigger>
          <Button appearance="primary" type="submit" disabled={problems > 0}>
            Save
          </Button>
        </DialogActions>
      </DialogBody>
    </form>
  )
}

function GraphNote() {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Expect 403 or 405 from Microsoft Graph.</MessageBarTitle>
        Graph documents only GET for call record sessions, and only the application permission
        CallRecords.Read.All (delegated sign-in is not supported). Send still goes out as composed, and
        Graph&apos;s answer is shown verbatim, with its request-id and date.
      </MessageBarBody>
    </MessageBar>
  )
}
