/** What the API's middleware hands to the handlers. */
export interface ApiEnv {
  Variables: {
    requestId: string
    clientRequestId: string
  }
}

export const ODATA_JSON =
  'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8'
