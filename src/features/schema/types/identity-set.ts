import { baseOdataType, field, graphType, odataType, polymorphicType } from '../field.ts'
import { graphEnum } from '../primitives.ts'
import { anyIdentity } from './identity.ts'

const member = (ps: string, help: string) => field(anyIdentity, { ps, help, inHelp: false })

const identitySetFields = {
  application: member('Application', 'Optional. The application associated with this action.'),
  device: member('Device', 'Optional. The device associated with this action.'),
  user: member('User', 'Optional. The user associated with this action.'),
}

const COMMUNICATIONS_IDENTITY_SET = '#microsoft.graph.communicationsIdentitySet'

/** microsoft.graph.identitySet: open, like every identity type. */
const baseIdentitySet = graphType(
  { graphName: 'microsoft.graph.identitySet', psInterface: 'IMicrosoftGraphIdentitySet', open: true },
  { '@odata.type': baseOdataType('#microsoft.graph.identitySet'), ...identitySetFields },
)

/** What Teams writes for a participant's identity: the set plus the communications identities and the endpoint type. */
const communicationsIdentitySet = graphType(
  {
    graphName: 'microsoft.graph.communicationsIdentitySet',
    psInterface: 'IMicrosoftGraphCommunicationsIdentitySet',
    open: true,
  },
  {
    '@odata.type': odataType(COMMUNICATIONS_IDENTITY_SET),
    ...identitySetFields,
    applicationInstance: member(
      'ApplicationInstance',
      'The application instance associated with this action.',
    ),
    assertedIdentity: member(
      'AssertedIdentity',
      'An identity the participant would like to present itself as to the other participants in the call.',
    ),
    azureCommunicationServicesUser: member(
      'AzureCommunicationServicesUser',
      'The Azure Communication Services user associated with this action.',
    ),
    encrypted: member('Encrypted', 'The encrypted user associated with this action.'),
    endpointType: field(graphEnum('endpointType'), {
      ps: 'EndpointType',
      help: 'Type of endpoint the participant uses.',
      inHelp: false,
    }),
    guest: member('Guest', 'The guest user associated with this action.'),
    onPremises: member('OnPremises', 'The Skype for Business on-premises user associated with this action.'),
    phone: member('Phone', 'The phone user associated with this action.'),
  },
)

export const identitySet = polymorphicType({
  graphName: 'microsoft.graph.identitySet',
  psInterface: 'IMicrosoftGraphIdentitySet',
  variants: [
    { odataType: undefined, label: 'identitySet', schema: baseIdentitySet },
    {
      odataType: COMMUNICATIONS_IDENTITY_SET,
      label: 'communicationsIdentitySet',
      schema: communicationsIdentitySet,
    },
  ],
})
