import { z } from 'zod'
import { field, graphType } from '../field.ts'
import { dateTimeOffset, graphBoolean, graphEnum, graphString } from '../primitives.ts'
import { endpoint } from './endpoint.ts'
import { failureInfo } from './failure-info.ts'
import { segment } from './segment.ts'

const UTC =
  'The DateTimeOffset type represents date and time information using ISO 8601 format and is always in UTC time. For example, midnight UTC on Jan 1, 2014 is 2014-01-01T00:00:00Z'

/** microsoft.graph.callRecords.session: the BodyParameter of New-MgBetaCommunicationCallRecordSession. */
export const session = graphType(
  { graphName: 'microsoft.graph.callRecords.session', psInterface: 'IMicrosoftGraphCallRecordsSession' },
  {
    id: field(graphString, {
      ps: 'Id',
      help: 'The unique identifier for an entity. Read-only in Graph, which assigns it; a test record may carry its own.',
      nullable: false,
      readOnly: true,
    }),
    callee: field(endpoint, { ps: 'Callee', help: 'Endpoint that answered the session.' }),
    caller: field(endpoint, { ps: 'Caller', help: 'Endpoint that initiated the session.' }),
    endDateTime: field(dateTimeOffset, {
      ps: 'EndDateTime',
      help: `UTC time when the last user left the session. ${UTC}`,
      nullable: false,
    }),
    failureInfo: field(failureInfo, { ps: 'FailureInfo', help: 'failureInfo' }),
    isTest: field(graphBoolean, { ps: 'IsTest', help: 'Specifies whether the session is a test.' }),
    modalities: field(z.array(graphEnum('modality')), {
      ps: 'Modalities',
      help: 'List of modalities present in the session. Possible values are: audio, video, videoBasedScreenSharing, data, screenSharing, unknownFutureValue (the help also lists unknown, which Graph does not declare).',
    }),
    segments: field(z.array(segment), {
      ps: 'Segments',
      help: 'The list of segments involved in the session. Read-only in Graph; a test record brings its own.',
      readOnly: true,
    }),
    startDateTime: field(dateTimeOffset, {
      ps: 'StartDateTime',
      help: `UTC time when the first user joined the session. ${UTC}`,
      nullable: false,
    }),
  },
)
