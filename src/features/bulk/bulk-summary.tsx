import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components'
import { CopyButton } from '#src/components/ui/copy-button.tsx'
import { formatDuration } from '#src/lib/format-duration.ts'
import type { BulkSnapshot } from './bulk-runner.ts'

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  scroll: { maxHeight: '14em', overflowY: 'auto' },
  index: { width: '3em' },
  status: { width: '7em' },
  ids: { width: '19em' },
  mono: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
  },
})

export function summaryText(s: BulkSnapshot): string {
  const notSent = s.total - s.started
  const elapsed = s.endedAt === null ? '' : ` in ${formatDuration(s.endedAt - s.startedAt)}`
  const parts = [`${s.created.length} created`, `${s.failed.length} failed`]
  if (notSent > 0) parts.push(`${notSent} not sent`)
  return `${parts.join(', ')}${elapsed}.${s.stopReason ? ` Stopped: ${s.stopReason}` : ''}`
}

/** Created and failed; each failure with Graph's status, code, message, request-id and client-request-id. */
export function BulkSummary({ snapshot }: { snapshot: BulkSnapshot }) {
  const styles = useStyles()
  const failures = [...snapshot.failed].sort((a, b) => a.index - b.index)
  const report = [
    summaryText(snapshot),
    ...failures.map((f) =>
      [
        `#${f.index + 1}`,
        f.status ?? '—',
        f.code ?? '',
        f.message,
        `request-id ${f.requestId ?? '—'}`,
        `client-request-id ${f.clientRequestId}`,
      ].join('\t'),
    ),
  ].join('\n')
  return (
    <section aria-label="Bulk send summary" className={styles.root}>
      <div className={styles.head}>
        <Text weight="semibold">{summaryText(snapshot)}</Text>
        <CopyButton what="summary" text={report} />
      </div>
      {failures.length > 0 && (
        <div className={styles.scroll}>
          <Table size="small" aria-label="Failed sends">
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.index}>#</TableHeaderCell>
                <TableHeaderCell className={styles.status}>Status</TableHeaderCell>
                <TableHeaderCell>Error</TableHeaderCell>
                <TableHeaderCell className={styles.ids}>request-id / client-request-id</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {failures.map((f) => (
                <TableRow key={f.index}>
                  <TableCell>{f.index + 1}</TableCell>
                  <TableCell>{f.status ?? 'no answer'}</TableCell>
                  <TableCell>{f.code ? `${f.code}: ${f.message}` : f.message}</TableCell>
                  <TableCell className={styles.mono}>
                    {f.requestId ?? '—'}
                    <br />
                    {f.clientRequestId}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  )
}
