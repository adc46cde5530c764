import { Button, makeStyles, Radio, RadioGroup, Text } from '@fluentui/react-components'
import { zodResolver } from '@hookform/resolvers/zod'
import { useMemo, type ReactNode } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { z } from 'zod'
import { AppDialog } from '#src/components/ui/app-dialog.tsx'
import type { JsonObject } from '#src/lib/json/json-value.ts'
import type { ListedSession } from './interpret-json-file.ts'
import type { PendingImport } from './pending-import.ts'

const useStyles = makeStyles({
  list: { maxHeight: '50vh', overflowY: 'auto' },
  problem: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
})

export interface ImportDialogProps {
  pending: PendingImport | null
  onPick: (fileName: string, body: JsonObject) => void
  onReplace: (body: JsonObject) => void
  onNewDraft: (fileName: string, body: JsonObject) => void
  onClose: () => void
}

/** A bad file's message, the session to take from a Graph list, or whether to replace the body. */
export function ImportDialog({ pending, onPick, onReplace, onNewDraft, onClose }: ImportDialogProps) {
  const styles = useStyles()
  const dismiss = (open: boolean) => {
    if (!open) onClose()
  }
  const close = <Button onClick={onClose}>{pending?.kind === 'problem' ? 'Close' : 'Cancel'}</Button>
  if (pending?.kind === 'pick') {
    return (
      <PickSession
        key={pending.fileName}
        fileName={pending.fileName}
        sessions={pending.sessions}
        onPick={onPick}
        onOpenChange={dismiss}
        cancel={close}
      />
    )
  }
  return (
    <AppDialog
      open={pending !== null}
      onOpenChange={dismiss}
      title={
        pending?.kind === 'problem'
          ? 'The file could not be imported'
          : pending?.kind === 'confirm' && pending.fromTarget
            ? 'Open the stored session'
            : 'Import the session'
      }
      actions={
        <>
          {pending?.kind === 'confirm' && (
            <>
              <Button appearance="primary" onClick={() => onReplace(pending.body)}>
                Replace the body
              </Button>
              <Button onClick={() => onNewDraft(pending.fileName, pending.body)}>Open as a new draft</Button>
            </>
          )}
          {close}
        </>
      }
    >
      {pending?.kind === 'problem' && (
        <Text role="alert" className={styles.problem}>
          {pending.message} Nothing was changed.
        </Text>
      )}
      {pending?.kind === 'confirm' && (
        <Text>
          {pending.fromGraph
            ? `Graph’s response annotations (@odata.context…) were dropped; everything else is as ${pending.fromTarget ? 'stored' : 'in the file'}. `
            : ''}
          Replace the current body with {pending.fileName} (Undo brings the current one back), or open it as a
          new draft and keep this one as it is?
        </Text>
      )}
    </AppDialog>
  )
}

interface PickSessionProps {
  fileName: string
  sessions: readonly ListedSession[]
  onPick: (fileName: string, body: JsonObject) => void
  onOpenChange: (open: boolean) => void
  cancel: ReactNode
}

/** A Graph list in a file: which of its sessions to import (a react-hook-form form of one choice). */
function PickSession({ fileName, sessions, onPick, onOpenChange, cancel }: PickSessionProps) {
  const styles = useStyles()
  const schema = useMemo(
    () =>
      z.object({
        session: z
          .number()
          .int()
          .min(0)
          .max(sessions.length - 1),
      }),
    [sessions],
  )
  const { control, handleSubmit } = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { session: 0 },
  })
  return (
    <AppDialog
      open
      onOpenChange={onOpenChange}
      title="Pick a session"
      onSubmit={(event) => {
        void handleSubmit(({ session }) => {
          const picked = sessions[session]
          if (picked) onPick(fileName, picked.body)
        })(event)
      }}
      actions={
        <>
          <Button type="submit" appearance="primary">
            Use this session
          </Button>
          {cancel}
        </>
      }
    >
      <Text>
        {fileName} is a list of {sessions.length} sessions from Graph. Which one?
      </Text>
      <Controller
        control={control}
        name="session"
        render={({ field }) => (
          <RadioGroup
            aria-label="Sessions in the file"
            className={styles.list}
            name={field.name}
            value={String(field.value)}
            onChange={(_, data) => {
              field.onChange(Number(data.value))
            }}
          >
            {sessions.map((session, index) => (
              <Radio key={index} value={String(index)} label={session.label} />
            ))}
          </RadioGroup>
        )}
      />
    </AppDialog>
  )
}
