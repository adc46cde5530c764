import { z } from 'zod'
import { DOCUMENTED_ONLY_MODALITY, enums } from '../enums.ts'
import { primitiveRegistry } from '../field-meta.ts'
import { field, graphType } from '../field.ts'
import { dateTimeOffset, graphBoolean, graphString } from '../primitives.ts'
import { endpoint } from './endpoint.ts'
import { failureInfo } from './failure-info.ts'
import { segment } from './segment.ts'

const UTC =
  'The DateTimeOffset type represents date and time information using ISO 8601 format and is always in UTC time. For example, midnight UTC on Jan 1, 2014 is 2014-01-01T00:00:00Z'

const modalityMembers = [...enums.modality, DOCUMENTED_ONLY_MODALITY] as const
// `unknown` is accepted here and warned about (warnings.ts): the help lists it, the OpenAPI does not.
const modality = z.enum(modalityMembers, {
  error: `Not a modality; one of ${enums.modality.join(', ')}`,
})
primitiveRegistry.add(modality, {
  widget: 'enum',
  psType: 'String',
  enumName: 'modality',
  members: modalityMembers,
})

/** microsoft.graph.callRecords.session: the BodyParameter of New-MgBetaCommunicationCallRecordSession. */
export const session = graphType(
  { graphName: 'microsoft.graph.callRecords.session', psInterface: 'IMicrosoftGraphCallRecordsSession' },
  {
    id: field(graphString, { ps: 'Id', help: 'The unique identifier for an entity. Read-only.' }),
    callee: field(endpoint, { ps: 'Callee', help: 'Endpoint that answered the session.' }),
    caller: field(endpoint, { ps: 'Caller', help: 'Endpoint that initiated the session.' }),
    endDateTime: field(dateTimeOffset, {
      ps: 'EndDateTime',
      help: `UTC time when the last user left the session. ${UTC}`,
      nullable: false,
    }),
    failureInfo: field(failureInfo, { ps: 'FailureInfo', help: 'failureInfo' }),
    isTest: field(graphBoolean, { ps: 'IsTest', help: 'Specifies whether the session is a test.' }),
    modalities: field(z.array(modality), {
      ps: 'Modalities',
      help: 'List of modalities present in the session. Possible values are: unknown, audio, video, videoBasedScreenSharing, data, screenSharing, unknownFutureValue.',
    }),
    segments: field(z.array(segment), {
      ps: 'Segments',
      help: 'The list of segments involved in the session. Read-only. Nullable.',
    }),
    startDateTime: field(dateTimeOffset, {
      ps: 'StartDateTime',
      help: `UTC time when the first user joined the session. ${UTC}`,
      nullable: false,
    }),
  },
)
