import { baseOdataType, field, graphType, odataType, polymorphicType } from '../field.ts'
import { graphString } from '../primitives.ts'

const identityFields = {
  displayName: field(graphString, {
    ps: 'DisplayName',
    help: 'The display name of the identity.',
    sensitive: 'name',
    inHelp: false,
  }),
  id: field(graphString, {
    ps: 'Id',
    help: 'Unique identifier for the identity.',
    sensitive: 'id',
    inHelp: false,
  }),
}

const IDENTITY = '#microsoft.graph.identity'
const USER_IDENTITY = '#microsoft.graph.callRecords.userIdentity'

/** microsoft.graph.identity (OAS: displayName, id). Graph's examples add tenantId, which travels as an extra key. */
export const identity = graphType(
  { graphName: 'microsoft.graph.identity', psInterface: 'IMicrosoftGraphIdentity' },
  { '@odata.type': baseOdataType(IDENTITY), ...identityFields },
)

export const userIdentity = graphType(
  {
    graphName: 'microsoft.graph.callRecords.userIdentity',
    psInterface: 'IMicrosoftGraphCallRecordsUserIdentity',
  },
  {
    '@odata.type': odataType(USER_IDENTITY),
    ...identityFields,
    userPrincipalName: field(graphString, {
      ps: 'UserPrincipalName',
      help: 'The userPrincipalName attached to the account.',
      sensitive: 'upn',
      inHelp: false,
    }),
  },
)

export const anyIdentity = polymorphicType({
  graphName: 'microsoft.graph.identity',
  psInterface: 'IMicrosoftGraphIdentity',
  variants: [
    { odataType: undefined, label: 'identity', schema: identity },
    { odataType: USER_IDENTITY, label: 'userIdentity', schema: userIdentity },
  ],
})

export const identitySet = graphType(
  { graphName: 'microsoft.graph.identitySet', psInterface: 'IMicrosoftGraphIdentitySet' },
  {
    application: field(identity, {
      ps: 'Application',
      help: 'Optional. The application associated with this action.',
      inHelp: false,
    }),
    device: field(identity, {
      ps: 'Device',
      help: 'Optional. The device associated with this action.',
      inHelp: false,
    }),
    user: field(identity, {
      ps: 'User',
      help: 'Optional. The user associated with this action.',
      inHelp: false,
    }),
  },
)
