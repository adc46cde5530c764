import { createContext, use } from 'react'
import type { GraphClient } from './graph-client.ts'

/** The client for the chosen target, and who it acts for (null: nobody signed in, so no reads run). */
export interface GraphConnection {
  client: GraphClient
  /** The target's base URL (`…/beta`); request paths are appended to it. */
  baseUrl: string
  /** Keys the query cache per user, so one account never sees another's cached answers. */
  principal: string | null
}

export const GraphContext = createContext<GraphConnection | null>(null)

export function useGraph(): GraphConnection {
  const graph = use(GraphContext)
  if (!graph) throw new Error('useGraph needs a <GraphContext> provider')
  return graph
}
