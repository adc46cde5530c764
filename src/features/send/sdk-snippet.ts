import { CALL_RECORD_EXPAND } from '#src/features/graph/get-call-record.ts'

/** The Graph JavaScript SDK call that reads the call record as the panel shows it (a `client` made elsewhere). */
export function sdkSnippet(callRecordId: string): string {
  const path = `/communications/callRecords/${encodeURIComponent(callRecordId)}`
  return [
    'const record = await client',
    `  .api(${JSON.stringify(path)})`,
    `  .expand(${JSON.stringify(CALL_RECORD_EXPAND)})`,
    '  .get()',
  ].join('\n')
}
