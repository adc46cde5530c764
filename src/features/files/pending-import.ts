import type { JsonObject } from '#src/lib/json/json-value.ts'
import type { ListedSession } from './interpret-json-file.ts'

/** What the import dialog asks or says. */
export type PendingImport =
  | { kind: 'problem'; message: string }
  | { kind: 'pick'; fileName: string; sessions: ListedSession[] }
  | {
      kind: 'confirm'
      fileName: string
      body: JsonObject
      fromGraph: boolean
      /** A session stored on the target (Sessions on target → Open) rather than a file. */
      fromTarget?: boolean
    }
