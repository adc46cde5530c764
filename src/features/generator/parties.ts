import { clientProfile, type ClientPlatform } from './client-profiles.ts'
import { deviceProfile, type DeviceProfile } from './device.ts'
import type { LiteralObject } from './literal-tree.ts'
import { clientNetwork, serviceNetwork, type NetworkProfile } from './network.ts'
import type { Person } from './people.ts'
import type { Random } from './random.ts'
import { userFeedback } from './user-feedback.ts'

const PARTICIPANT = '#microsoft.graph.callRecords.participantEndpoint'
const SERVICE = '#microsoft.graph.callRecords.serviceEndpoint'
const CLIENT_AGENT = '#microsoft.graph.callRecords.clientUserAgent'
const SERVICE_AGENT = '#microsoft.graph.callRecords.serviceUserAgent'
const COMMUNICATIONS_IDENTITY_SET = '#microsoft.graph.communicationsIdentitySet'
const COMMUNICATIONS_USER = '#microsoft.graph.communicationsUserIdentity'

/** One side of the session: its endpoint (full for the session, slim for segments) and what it measures. */
export interface Party {
  endpoint: LiteralObject
  segmentEndpoint: LiteralObject
  network: NetworkProfile
  device?: DeviceProfile
}

const PLATFORMS = [
  ['windows', 0.55],
  ['macOS', 0.15],
  ['iOS', 0.1],
  ['android', 0.08],
  ['web', 0.07],
  ['roomSystem', 0.05],
] as const satisfies readonly (readonly [ClientPlatform, number])[]

export function participant(random: Random, person: Person, tenantId: string, feedbackChance: number): Party {
  const client = clientProfile(random, random.weighted(PLATFORMS), person.firstName)
  const network = clientNetwork(random, client)
  const host = { name: client.name }
  const agent = { platform: client.platform, productFamily: 'teams' }
  return {
    endpoint: {
      '@odata.type': PARTICIPANT,
      ...host,
      cpuName: client.cpuName,
      cpuCoresCount: client.cpuCoresCount,
      cpuProcessorSpeedInMhz: client.cpuProcessorSpeedInMhz,
      userAgent: {
        '@odata.type': CLIENT_AGENT,
        headerValue: client.headerValue,
        applicationVersion: client.applicationVersion,
        azureADAppId: client.azureADAppId,
        ...agent,
      },
      associatedIdentity: {
        '@odata.type': '#microsoft.graph.callRecords.userIdentity',
        id: person.id,
        displayName: person.displayName,
        tenantId,
        userPrincipalName: person.userPrincipalName,
      },
      // The deprecated identity, as Teams still writes it beside associatedIdentity.
      identity: {
        '@odata.type': COMMUNICATIONS_IDENTITY_SET,
        user: {
          '@odata.type': COMMUNICATIONS_USER,
          id: person.id,
          displayName: person.displayName,
          tenantId,
        },
      },
      ...(random.chance(feedbackChance) ? { feedback: userFeedback(random, network.quality) } : {}),
    },
    segmentEndpoint: {
      '@odata.type': PARTICIPANT,
      ...host,
      userAgent: { '@odata.type': CLIENT_AGENT, ...agent },
    },
    network,
    device: deviceProfile(random, client.platform),
  }
}

const SBCS = [
  ['Mediant SW/v.7.40A.500.775', '7.40A.500.775'],
  ['Ribbon SBC SWe Lite/12.1.2 build 153', '12.1.2'],
  ['Oracle ESBC/SCZ9.1.0 Patch 4', 'SCZ9.1.0'],
] as const

/** The conferencing server of a meeting, or the PSTN gateway (an SBC) of a Direct Routing call. */
export function service(random: Random, gateway: boolean, bypassed: boolean): Party {
  const [headerValue, applicationVersion] = gateway
    ? random.pick(SBCS)
    : (['Microsoft.Teams.AVMCU/2025.12.03.1', '2025.12.03.1'] as const)
  const role = gateway
    ? random.pick(['skypeForBusinessMicrosoftTeamsGateway', 'mediationServer', 'gateway'] as const)
    : 'skypeForBusinessAudioVideoMcu'
  const agent = { '@odata.type': SERVICE_AGENT, headerValue, applicationVersion, role }
  return {
    endpoint: { '@odata.type': SERVICE, userAgent: agent },
    segmentEndpoint: { '@odata.type': SERVICE, userAgent: { '@odata.type': SERVICE_AGENT, role } },
    network: serviceNetwork(random, gateway, bypassed),
  }
}
