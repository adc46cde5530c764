import type { UploadBindings } from '../web/fetch-listener.ts'

/** What the server hands to the API (the upload's verdict), and what its middleware hands to the handlers. */
export interface ApiEnv {
  Bindings: Partial<UploadBindings>
  Variables: {
    requestId: string
    clientRequestId: string
  }
}

export const ODATA_JSON =
  'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8'
