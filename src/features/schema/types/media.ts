import { z } from 'zod'
import { field, graphType } from '../field.ts'
import { graphString } from '../primitives.ts'
import { deviceInfo } from './device-info.ts'
import { mediaStream } from './media-stream.ts'
import { networkInfo } from './network-info.ts'

export const media = graphType(
  { graphName: 'microsoft.graph.callRecords.media', psInterface: 'IMicrosoftGraphCallRecordsMedia' },
  {
    calleeDevice: field(deviceInfo, { ps: 'CalleeDevice', help: 'deviceInfo' }),
    calleeNetwork: field(networkInfo, { ps: 'CalleeNetwork', help: 'networkInfo' }),
    callerDevice: field(deviceInfo, { ps: 'CallerDevice', help: 'deviceInfo' }),
    callerNetwork: field(networkInfo, { ps: 'CallerNetwork', help: 'networkInfo' }),
    label: field(graphString, {
      ps: 'Label',
      help: 'How the media was identified during media negotiation stage.',
    }),
    streams: field(z.array(mediaStream), {
      ps: 'Streams',
      help: 'Network streams associated with this media.',
      itemsNullable: true,
    }),
  },
)
