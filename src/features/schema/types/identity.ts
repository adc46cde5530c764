import type { z } from 'zod'
import type { TypeVariant } from '../field-meta.ts'
import { baseOdataType, field, graphType, odataType, polymorphicType } from '../field.ts'
import { graphBoolean, graphString } from '../primitives.ts'

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
const hidden = field(graphBoolean, {
  ps: 'Hidden',
  help: "True if the participant shouldn't be shown in other participants' rosters.",
  inHelp: false,
})

/**
 * One derived type of microsoft.graph.identity. Every identity type is open (`OpenType="true"`): keys it does
 * not declare, such as the `tenantId` Graph's examples put on a plain identity, are dynamic properties.
 */
function identityType(name: string, label: string, own: Record<string, z.ZodType> = {}): TypeVariant {
  const odata = `#microsoft.graph.${name}`
  const psName = name
    .split('.')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')
  const psInterface = `IMicrosoftGraph${psName}`
  const schema = graphType(
    { graphName: `microsoft.graph.${name}`, psInterface, open: true },
    { '@odata.type': odataType(odata), ...identityFields, ...own },
  )
  return { odataType: odata, label, schema }
}

/** microsoft.graph.identity itself: `@odata.type` absent or `#microsoft.graph.identity`. */
export const identity = graphType(
  { graphName: 'microsoft.graph.identity', psInterface: 'IMicrosoftGraphIdentity', open: true },
  { '@odata.type': baseOdataType('#microsoft.graph.identity'), ...identityFields },
)

/**
 * An identity wherever Graph expects one: the base type, callRecords.userIdentity, and the communications
 * identities Teams records use. (Graph knows other derived types, e.g. emailIdentity; calls never carry them.)
 */
export const anyIdentity = polymorphicType({
  graphName: 'microsoft.graph.identity',
  psInterface: 'IMicrosoftGraphIdentity',
  variants: [
    { odataType: undefined, label: 'identity', schema: identity },
    identityType('callRecords.userIdentity', 'userIdentity', {
      userPrincipalName: field(graphString, {
        ps: 'UserPrincipalName',
        help: 'The userPrincipalName attached to the account.',
        sensitive: 'upn',
        inHelp: false,
      }),
    }),
    identityType('communicationsUserIdentity', 'communicationsUserIdentity', {
      tenantId: field(graphString, {
        ps: 'TenantId',
        help: "The user's tenant ID.",
        sensitive: 'id',
        inHelp: false,
      }),
    }),
    identityType('communicationsApplicationIdentity', 'communicationsApplicationIdentity', {
      applicationType: field(graphString, {
        ps: 'ApplicationType',
        help: 'First-party Microsoft application that presents this identity.',
        inHelp: false,
      }),
      hidden,
    }),
    identityType('communicationsApplicationInstanceIdentity', 'communicationsApplicationInstanceIdentity', {
      hidden,
      tenantId: field(graphString, {
        ps: 'TenantId',
        help: 'The tenant ID of the application.',
        sensitive: 'id',
        inHelp: false,
      }),
    }),
    identityType('communicationsGuestIdentity', 'communicationsGuestIdentity', {
      email: field(graphString, {
        ps: 'Email',
        help: 'The email of the guest user.',
        sensitive: 'upn',
        inHelp: false,
      }),
    }),
    identityType('communicationsPhoneIdentity', 'communicationsPhoneIdentity'),
    identityType('communicationsEncryptedIdentity', 'communicationsEncryptedIdentity'),
    identityType('azureCommunicationServicesUserIdentity', 'azureCommunicationServicesUserIdentity', {
      azureCommunicationServicesResourceId: field(graphString, {
        ps: 'AzureCommunicationServicesResourceId',
        help: 'The Azure Communication Services resource ID associated with the user.',
        sensitive: 'id',
        inHelp: false,
      }),
    }),
  ],
})
