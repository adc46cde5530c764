import {
  Button,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogTitle,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components'
import { SendRegular } from '@fluentui/react-icons'
import { useQueryClient } from '@tanstack/react-query'
import { useSyncExternalStore } from 'react'
import { useDialogLayout } from '#src/components/ui/dialog-layout.ts'
import { useGraph } from '#src/features/graph/graph-context.ts'
import { sessionsUrl } from '#src/features/graph/sessions-url.ts'
import { useDraft, useDraftStore } from '#src/features/open-draft/draft-context.tsx'
import { resolveTarget } from '#src/features/parameter-sets/resolve-target.ts'
import { useRequestTarget } from '#src/features/request/request-target-context.ts'
import { BulkProgress } from './bulk-progress.tsx'
import type { BulkRunner } from './bulk-runner.ts'
import type { BulkSettings } from './bulk-settings.ts'
import { BulkSetup } from './bulk-setup.tsx'
import { BulkSummary } from './bulk-summary.tsx'
import { startBulkRun } from './start-bulk-run.ts'
import { useBulkBlockers } from './use-bulk-blockers.ts'

const useStyles = makeStyles({
  blockers: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorPaletteRedForeground1 },
})

export interface BulkPanelProps {
  runner: BulkRunner | null
  onRunner: (runner: BulkRunner | null) => void
  settings: BulkSettings
  onSettingsChange: (settings: BulkSettings) => void
  onClose: () => void
}

/** The setup, then the run (progress, pause, resume, cancel), then its summary. */
export function BulkPanel({ runner, onRunner, settings, onSettingsChange, onClose }: BulkPanelProps) {
  const styles = useStyles()
  const layout = useDialogLayout()
  const store = useDraftStore()
  const graph = useGraph()
  const target = useRequestTarget()
  const queryClient = useQueryClient()
  const blockers = useBulkBlockers(settings)
  const callRecordId = useDraft((s) => {
    const resolved = resolveTarget(s.target, s.callRecordId, s.inputObject)
    return resolved.ok ? resolved.callRecordId : null
  })
  const url = sessionsUrl(target.baseUrl, callRecordId)
  const snapshot = useSyncExternalStore(
    (listener) => runner?.subscribe(listener) ?? (() => undefined),
    () => runner?.getSnapshot() ?? null,
  )
  const ended = snapshot !== null && snapshot.endedAt !== null
  return (
    <DialogBody>
      <DialogTitle>Bulk send</DialogTitle>
      <DialogContent className={layout.stack}>
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
            <BulkSetup settings={settings} onChange={onSettingsChange} url={url} />
            {blockers.length > 0 && (
              <ul className={styles.blockers} aria-label="Why bulk send cannot start">
                {blockers.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </DialogContent>
      <DialogActions>
        {!runner && (
          <Button
            appearance="primary"
            icon={<SendRegular />}
            disabled={blockers.length > 0}
            onClick={() => {
              onRunner(
                startBulkRun(
                  { ...settings, seed: settings.seed.trim() },
                  store.getState(),
                  graph,
                  target,
                  queryClient,
                ),
              )
            }}
          >
            Send {settings.count}
          </Button>
        )}
        {ended && (
          <Button appearance="primary" onClick={() => onRunner(null)}>
            New run
          </Button>
        )}
        <Button onClick={onClose}>{runner && !ended ? 'Hide' : 'Close'}</Button>
      </DialogActions>
    </DialogBody>
  )
}
