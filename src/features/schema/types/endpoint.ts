import { baseOdataType, field, graphType, odataType, polymorphicType } from '../field.ts'
import { graphString, int32 } from '../primitives.ts'
import { userFeedback } from './feedback.ts'
import { identitySet } from './identity-set.ts'
import { anyIdentity } from './identity.ts'
import { userAgent } from './user-agent.ts'

const ENDPOINT = '#microsoft.graph.callRecords.endpoint'
export const PARTICIPANT_ENDPOINT = '#microsoft.graph.callRecords.participantEndpoint'
export const SERVICE_ENDPOINT = '#microsoft.graph.callRecords.serviceEndpoint'

const userAgentField = field(userAgent, { ps: 'UserAgent', help: 'userAgent' })

const baseEndpoint = graphType(
  { graphName: 'microsoft.graph.callRecords.endpoint', psInterface: 'IMicrosoftGraphCallRecordsEndpoint' },
  { '@odata.type': baseOdataType(ENDPOINT), userAgent: userAgentField },
)

const participantEndpoint = graphType(
  {
    graphName: 'microsoft.graph.callRecords.participantEndpoint',
    psInterface: 'IMicrosoftGraphCallRecordsParticipantEndpoint',
  },
  {
    '@odata.type': odataType(PARTICIPANT_ENDPOINT),
    userAgent: userAgentField,
    associatedIdentity: field(anyIdentity, {
      ps: 'AssociatedIdentity',
      help: 'Identity associated with the endpoint; replaces the deprecated Identity property.',
      inHelp: false,
    }),
    cpuCoresCount: field(int32, {
      ps: 'CpuCoresCount',
      help: 'CPU number of cores used by the media endpoint.',
      check: 'nonNegative',
      inHelp: false,
    }),
    cpuName: field(graphString, {
      ps: 'CpuName',
      help: 'CPU name used by the media endpoint.',
      inHelp: false,
    }),
    cpuProcessorSpeedInMhz: field(int32, {
      ps: 'CpuProcessorSpeedInMhz',
      help: 'CPU processor speed used by the media endpoint.',
      unit: 'MHz',
      check: 'nonNegative',
      inHelp: false,
    }),
    feedback: field(userFeedback, {
      ps: 'Feedback',
      help: 'The feedback provided by the user of this endpoint about the quality of the session.',
      inHelp: false,
    }),
    identity: field(identitySet, {
      ps: 'Identity',
      help: 'Identity associated with the endpoint. Deprecated: stops returning data on June 30, 2026; use AssociatedIdentity.',
      inHelp: false,
    }),
    name: field(graphString, {
      ps: 'Name',
      help: 'Name of the device used by the media endpoint.',
      sensitive: 'name',
      inHelp: false,
    }),
  },
)

const serviceEndpoint = graphType(
  {
    graphName: 'microsoft.graph.callRecords.serviceEndpoint',
    psInterface: 'IMicrosoftGraphCallRecordsServiceEndpoint',
  },
  { '@odata.type': odataType(SERVICE_ENDPOINT), userAgent: userAgentField },
)

export const endpoint = polymorphicType({
  graphName: 'microsoft.graph.callRecords.endpoint',
  psInterface: 'IMicrosoftGraphCallRecordsEndpoint',
  variants: [
    { odataType: undefined, label: 'endpoint', schema: baseEndpoint },
    { odataType: PARTICIPANT_ENDPOINT, label: 'participantEndpoint', schema: participantEndpoint },
    { odataType: SERVICE_ENDPOINT, label: 'serviceEndpoint', schema: serviceEndpoint },
  ],
})
