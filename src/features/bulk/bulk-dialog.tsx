import { Button, makeStyles, Text, tokens } from '@fluentui/react-components'
import { SendRegular } from '@fluentui/react-icons'
import { zodResolver } from '@hookform/resolvers/zod'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { FormProvider, useForm, useFormState, useWatch } from 'react-hook-form'
import { AppDialog } from '#src/components/ui/app-dialog.tsx'
import { useGraph } from '#src/features/graph/graph-context.ts'
import { sessionsUrl } from '#src/features/graph/sessions-url.ts'
import { useDraft, useDraftStore } from '#src/features/open-draft/draft-context.tsx'
import { resolveTarget } from '#src/features/parameter-sets/resolve-target.ts'
import { useRequestTarget } from '#src/features/request/request-target-context.ts'
import { Store } from '#src/lib/store/store.ts'
import { useStore } from '#src/lib/store/use-store.ts'
import { BulkProgress } from './bulk-progress.tsx'
import type { BulkRunner, BulkSnapshot } from './bulk-runner.ts'
import { bulkSettings, defaultBulkSettings, type BulkSettings } from './bulk-settings.ts'
import { BulkSetup } from './bulk-setup.tsx'
import { BulkSummary } from './bulk-summary.tsx'
import { startBulkRun } from './start-bulk-run.ts'
import { useBulkBlockers } from './use-bulk-blockers.ts'

const useStyles = makeStyles({
  blockers: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorPaletteRedForeground1 },
})

const NO_RUN = new Store<BulkSnapshot | null>(null)

export interface BulkDialogProps {
  open: boolean
  onOpenChange: (open: boolean) => void
}

/**
 * "Bulk send": the setup (a react-hook-form form), then the run (progress, pause, resume, cancel), then its
 * summary. A run goes on while the dialog is hidden; opening it again shows where it is.
 */
export function BulkDialog({ open, onOpenChange }: BulkDialogProps) {
  const form = useForm<BulkSettings>({
    resolver: zodResolver(bulkSettings),
    defaultValues: defaultBulkSettings(),
    mode: 'onChange',
  })
  const store = useDraftStore()
  const graph = useGraph()
  const target = useRequestTarget()
  const queryClient = useQueryClient()
  const [runner, setRunner] = useState<BulkRunner | null>(null)
  const snapshot = useStore<BulkSnapshot | null>(runner ?? NO_RUN)
  const ended = snapshot !== null && snapshot.endedAt !== null
  const callRecordId = useDraft((s) => {
    const resolved = resolveTarget(s.target, s.callRecordId, s.inputObject)
    return resolved.ok ? resolved.callRecordId : null
  })
  const url = sessionsUrl(target.baseUrl, callRecordId)
  const close = () => {
    onOpenChange(false)
  }
  return (
    <FormProvider {...form}>
      <AppDialog
        open={open}
        onOpenChange={onOpenChange}
        title="Bulk send"
        size="medium"
        onSubmit={
          runner
            ? undefined
            : (event) => {
                void form.handleSubmit((settings) => {
                  setRunner(startBulkRun(settings, store.getState(), graph, target, queryClient))
                })(event)
              }
        }
        actions={
          <>
            {!runner && <StartButton />}
            {ended && (
              <Button appearance="primary" onClick={() => setRunner(null)}>
                New run
              </Button>
            )}
            <Button onClick={close}>{runner && !ended ? 'Hide' : 'Close'}</Button>
          </>
        }
      >
        {runner && snapshot ? (
          <>
            <Text>
              {snapshot.total} sessions to {url}
            </Text>
            <BulkProgress runner={runner} snapshot={snapshot} />
            {ended && <BulkSummary snapshot={snapshot} />}
          </>
        ) : (
          <>
            <BulkSetup url={url} />
            <Blockers />
          </>
        )}
      </AppDialog>
    </FormProvider>
  )
}

function Blockers() {
  const styles = useStyles()
  const source = useWatch<BulkSettings, 'source'>({ name: 'source' })
  const blockers = useBulkBlockers(source)
  if (blockers.length === 0) return null
  return (
    <ul className={styles.blockers} aria-label="Why bulk send cannot start">
      {blockers.map((reason) => (
        <li key={reason}>{reason}</li>
      ))}
    </ul>
  )
}

function StartButton() {
  const [count, source] = useWatch<BulkSettings, ['count', 'source']>({ name: ['count', 'source'] })
  const { isValid } = useFormState<BulkSettings>()
  const blocked = useBulkBlockers(source).length > 0
  return (
    <Button type="submit" appearance="primary" icon={<SendRegular />} disabled={blocked || !isValid}>
      Send {count}
    </Button>
  )
}
