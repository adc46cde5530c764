import { z } from 'zod'
import { field, graphType } from '../field.ts'
import { dateTimeOffset, graphString } from '../primitives.ts'
import { endpoint } from './endpoint.ts'
import { failureInfo } from './failure-info.ts'
import { media } from './media.ts'

const UTC =
  'The DateTimeOffset type represents date and time information using ISO 8601 format and is always in UTC time. For example, midnight UTC on Jan 1, 2014 is 2014-01-01T00:00:00Z'

export const segment = graphType(
  { graphName: 'microsoft.graph.callRecords.segment', psInterface: 'IMicrosoftGraphCallRecordsSegment' },
  {
    id: field(graphString, {
      ps: 'Id',
      help: 'The unique identifier for an entity. Read-only in Graph, which assigns it; a test record may carry its own.',
      nullable: false,
      readOnly: true,
    }),
    callee: field(endpoint, { ps: 'Callee', help: 'endpoint' }),
    caller: field(endpoint, { ps: 'Caller', help: 'endpoint' }),
    endDateTime: field(dateTimeOffset, {
      ps: 'EndDateTime',
      help: `UTC time when the segment ended. ${UTC}`,
      nullable: false,
    }),
    failureInfo: field(failureInfo, { ps: 'FailureInfo', help: 'failureInfo' }),
    media: field(z.array(media), {
      ps: 'Media',
      help: 'Media associated with this segment.',
      itemsNullable: true,
    }),
    startDateTime: field(dateTimeOffset, {
      ps: 'StartDateTime',
      help: `UTC time when the segment started. ${UTC}`,
      nullable: false,
    }),
  },
)
