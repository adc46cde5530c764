import { baseOdataType, field, graphType, odataType, polymorphicType } from '../field.ts'
import { graphEnum, graphString } from '../primitives.ts'

const USER_AGENT = '#microsoft.graph.callRecords.userAgent'
export const CLIENT_USER_AGENT = '#microsoft.graph.callRecords.clientUserAgent'
export const SERVICE_USER_AGENT = '#microsoft.graph.callRecords.serviceUserAgent'

const userAgentFields = {
  applicationVersion: field(graphString, {
    ps: 'ApplicationVersion',
    help: 'Identifies the version of application software used by this endpoint.',
  }),
  headerValue: field(graphString, {
    ps: 'HeaderValue',
    help: 'User-agent header value reported by this endpoint.',
  }),
}

const baseUserAgent = graphType(
  {
    graphName: 'microsoft.graph.callRecords.userAgent',
    psInterface: 'IMicrosoftGraphCallRecordsUserAgent',
    abstract: true,
  },
  { '@odata.type': baseOdataType(USER_AGENT), ...userAgentFields },
)

const clientUserAgent = graphType(
  {
    graphName: 'microsoft.graph.callRecords.clientUserAgent',
    psInterface: 'IMicrosoftGraphCallRecordsClientUserAgent',
  },
  {
    '@odata.type': odataType(CLIENT_USER_AGENT),
    ...userAgentFields,
    azureADAppId: field(graphString, {
      ps: 'AzureADAppId',
      help: 'The unique identifier of the Microsoft Entra application used by this endpoint.',
      inHelp: false,
    }),
    communicationServiceId: field(graphString, {
      ps: 'CommunicationServiceId',
      help: 'Immutable resource identifier of the Azure Communication Service associated with this endpoint based on Communication Services APIs.',
      inHelp: false,
    }),
    platform: field(graphEnum('clientPlatform'), {
      ps: 'Platform',
      help: 'Identifies the platform used by this endpoint.',
      nullable: false,
      inHelp: false,
    }),
    productFamily: field(graphEnum('productFamily'), {
      ps: 'ProductFamily',
      help: 'Identifies the family of application software used by this endpoint.',
      nullable: false,
      inHelp: false,
    }),
  },
)

const serviceUserAgent = graphType(
  {
    graphName: 'microsoft.graph.callRecords.serviceUserAgent',
    psInterface: 'IMicrosoftGraphCallRecordsServiceUserAgent',
  },
  {
    '@odata.type': odataType(SERVICE_USER_AGENT),
    ...userAgentFields,
    role: field(graphEnum('serviceRole'), {
      ps: 'Role',
      help: 'Identifies the role of the service used by this endpoint.',
      nullable: false,
      inHelp: false,
    }),
  },
)

/** Abstract in the metadata: only a client or a service user agent, named by `@odata.type`, can be sent. */
export const userAgent = polymorphicType({
  graphName: 'microsoft.graph.callRecords.userAgent',
  psInterface: 'IMicrosoftGraphCallRecordsUserAgent',
  variants: [
    { odataType: undefined, label: 'userAgent', schema: baseUserAgent, abstract: true },
    { odataType: CLIENT_USER_AGENT, label: 'clientUserAgent', schema: clientUserAgent },
    { odataType: SERVICE_USER_AGENT, label: 'serviceUserAgent', schema: serviceUserAgent },
  ],
})
