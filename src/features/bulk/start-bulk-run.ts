import type { QueryClient } from '@tanstack/react-query'
import type { GraphConnection } from '#src/features/graph/graph-context.ts'
import { sessionsQueryKey } from '#src/features/graph/list-sessions.ts'
import type { DraftState } from '#src/features/open-draft/draft-state.ts'
import type { RequestTarget } from '#src/features/open-draft/request-target.ts'
import { resolveTarget } from '#src/features/parameter-sets/resolve-target.ts'
import { bulkBodies } from './bulk-bodies.ts'
import { BulkRunner } from './bulk-runner.ts'
import { createBulkSender } from './bulk-sender.ts'
import type { BulkSettings } from './bulk-settings.ts'

/** A run against the draft's target as it is now; the sessions list refreshes when the run ends. */
export function startBulkRun(
  settings: BulkSettings,
  draft: DraftState,
  graph: GraphConnection,
  target: RequestTarget,
  queryClient: QueryClient,
): BulkRunner {
  const { target: targetKind, bodyKind, callRecordId, inputObject } = draft
  const send = createBulkSender({
    client: graph.client,
    target,
    draft: { target: targetKind, bodyKind, callRecordId, inputObject },
    bodyFor: bulkBodies(settings, draft.body),
  })
  const runner = new BulkRunner(settings.count, settings.concurrency, send)
  const resolved = resolveTarget(targetKind, callRecordId, inputObject)
  const unsubscribe = runner.subscribe(() => {
    if (runner.getSnapshot().endedAt === null) return
    unsubscribe()
    if (resolved.ok)
      void queryClient.invalidateQueries({ queryKey: sessionsQueryKey(graph, resolved.callRecordId) })
  })
  runner.start()
  return runner
}
