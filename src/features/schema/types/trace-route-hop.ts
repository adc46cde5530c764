import { field, graphType } from '../field.ts'
import { duration, graphString, int32 } from '../primitives.ts'

export const traceRouteHop = graphType(
  {
    graphName: 'microsoft.graph.callRecords.traceRouteHop',
    psInterface: 'IMicrosoftGraphCallRecordsTraceRouteHop',
  },
  {
    hopCount: field(int32, {
      ps: 'HopCount',
      help: 'The network path count of this hop that was used to compute the round-trip time.',
      check: 'nonNegative',
    }),
    ipAddress: field(graphString, {
      ps: 'IPAddress',
      help: 'IP address used for this hop in the network trace.',
      check: 'ip',
      sensitive: 'ip',
    }),
    roundTripTime: field(duration, {
      ps: 'RoundTripTime',
      help: 'The time from when the trace route packet was sent from the client to this hop and back to the client, denoted in ISO 8601 format. For example, 1 second is denoted as PT1S.',
      check: 'nonNegative',
    }),
  },
)
