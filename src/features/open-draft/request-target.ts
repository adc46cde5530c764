/** Where Send goes: the target chosen in Settings, as the request needs it. */
export interface RequestTarget {
  /** The Graph version root, e.g. `https://graph.microsoft.com/beta` or `${location.origin}/beta`. */
  baseUrl: string
  kind: 'sandbox' | 'graph' | 'custom'
}

export const GRAPH_BETA: RequestTarget = { kind: 'graph', baseUrl: 'https://graph.microsoft.com/beta' }

/** The sandbox that `npm start` serves beside the app, on the same origin. */
export function sandboxTarget(origin: string): RequestTarget {
  return { kind: 'sandbox', baseUrl: `${origin}/beta` }
}
