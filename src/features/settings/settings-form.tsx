import {
  Button,
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
import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useState } from 'react'
import { Controller, FormProvider, useForm, useFormState, useWatch } from 'react-hook-form'
import { AppDialog } from '#src/components/ui/app-dialog.tsx'
import { FaultMode } from './fault-mode.tsx'
import { SandboxExtras } from './sandbox-extras.tsx'
import { settingsForm, settingsFormValues, type SettingsFormValues } from './settings-form-values.ts'
import type { SettingsStore } from './settings-store.ts'
import { TargetFields } from './target-fields.tsx'
import { TARGET_KINDS, TARGET_LABELS, type TargetSettings } from './target-settings.ts'
import { UnknownPropertiesSetting } from './unknown-properties-setting.tsx'

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
  const [openings, setOpenings] = useState(open ? 1 : 0)
  const [wasOpen, setWasOpen] = useState(open)
  if (open !== wasOpen) {
    setWasOpen(open)
    if (open) setOpenings((count) => count + 1)
  }
  // A new form for each opening; closing keeps this one, so the dialog's closing motion shows what it held.
  return <SettingsForm key={openings} store={store} open={open} onDone={() => onOpenChange(false)} />
}

export interface SettingsFormProps {
  store: SettingsStore
  open: boolean
  onDone: () => void
}

/** The target choice and its fields (react-hook-form, checked by zod); Save applies them and rebuilds sign-in. */
export function SettingsForm({ store, open, onDone }: SettingsFormProps) {
  const form = useForm<SettingsFormValues, unknown, TargetSettings>({
    resolver: zodResolver(settingsForm),
    defaultValues: settingsFormValues(store.getSnapshot().settings),
    mode: 'onChange',
  })
  const { control, handleSubmit, reset, getValues, trigger } = form
  const target = useWatch({ control, name: 'target' })
  // The chosen target's problems show at once, as sign-in would meet them, not only after an edit.
  useEffect(() => {
    void trigger()
  }, [trigger, target])
  return (
    <FormProvider {...form}>
      <AppDialog
        open={open}
        onOpenChange={(open) => {
          if (!open) onDone()
        }}
        title="Settings"
        size="medium"
        onSubmit={(event) => {
          void handleSubmit((settings) => {
            store.save(settings)
            onDone()
          })(event)
        }}
        startActions={
          <Button
            onClick={() => {
              reset(settingsFormValues({ ...store.defaults, target: getValues('target') }))
              void trigger()
            }}
          >
            Reset to defaults
          </Button>
        }
        actions={
          <>
            <Button onClick={onDone}>Cancel</Button>
            <SaveButton />
          </>
        }
      >
        <Controller
          control={control}
          name="target"
          render={({ field }) => (
            <Field label="Send to">
              <RadioGroup
                name={field.name}
                value={field.value}
                onChange={(_, data) => {
                  field.onChange(TARGET_KINDS.find((kind) => kind === data.value) ?? 'sandbox')
                }}
              >
                {TARGET_KINDS.map((kind) => (
                  <Radio key={kind} value={kind} label={TARGET_LABELS[kind]} />
                ))}
              </RadioGroup>
            </Field>
          )}
        />
        {target === 'graph' && <GraphNote />}
        <TargetFields kind={target} />
        {target === 'sandbox' ? <SandboxFaults /> : <RedirectUri />}
        <Controller
          control={control}
          name="allowUnknownProperties"
          render={({ field }) => <UnknownPropertiesSetting checked={field.value} onChange={field.onChange} />}
        />
      </AppDialog>
    </FormProvider>
  )
}

function SaveButton() {
  const { isValid } = useFormState<SettingsFormValues>()
  return (
    <Button appearance="primary" type="submit" disabled={!isValid}>
      Save
    </Button>
  )
}

/**
 * Fault mode and the subscriptions act on the sandbox being edited, before it is saved; they need that
 * sandbox's URL.
 */
function SandboxFaults() {
  const baseUrl = useWatch<SettingsFormValues, 'sandbox.baseUrl'>({ name: 'sandbox.baseUrl' })
  if (!URL.canParse(baseUrl))
    return <Text size={200}>Fault mode (simulated throttling) needs the sandbox&apos;s Base URL.</Text>
  return (
    <>
      <FaultMode sandboxBaseUrl={baseUrl} />
      <SandboxExtras sandboxBaseUrl={baseUrl} />
    </>
  )
}

function RedirectUri() {
  const styles = useStyles()
  return (
    <Text size={200}>
      Register this redirect URI (single-page application) with the sign-in server:{' '}
      <span className={styles.mono}>{`${globalThis.location.origin}/redirect.html`}</span>
    </Text>
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
