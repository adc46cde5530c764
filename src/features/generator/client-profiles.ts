import type { Random } from './random.ts'

export type ClientPlatform = 'windows' | 'macOS' | 'iOS' | 'android' | 'web' | 'roomSystem'

export interface ClientProfile {
  platform: ClientPlatform
  /** Laptops and phones report a battery on Wi-Fi; desktops and room systems do not. */
  portable: boolean
  name?: string
  cpuName?: string
  cpuCoresCount?: number
  cpuProcessorSpeedInMhz?: number
  headerValue: string
  applicationVersion: string
  azureADAppId: string
}

// The public application ids of the Teams desktop/mobile clients and of Teams on the web.
const TEAMS_CLIENT_APP = '1fec8e78-bce4-4aaf-ab1b-5451cc387264'
const TEAMS_WEB_APP = '5e3ce6c0-2b1f-4285-8d4b-75ee78787346'
const DESKTOP_VERSIONS = ['24295.605.3225.8804', '24277.3502.3161.3007', '25017.203.3370.1174']
const CHROMIUM = 'AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0'
const WINDOWS_CPUS = [
  ['13th Gen Intel(R) Core(TM) i7-1365U', 10, 1800],
  ['11th Gen Intel(R) Core(TM) i5-1135G7 @ 2.40GHz', 4, 2419],
  ['Intel(R) Core(TM) Ultra 7 165U', 12, 2100],
  ['AMD Ryzen 7 PRO 7840U w/ Radeon 780M Graphics', 8, 3301],
  ['Snapdragon(R) X Elite - X1E78100 - Qualcomm(R) Oryon(TM) CPU', 12, 3417],
] as const
const APPLE_SILICON = [
  ['Apple M1', 8, 3200],
  ['Apple M2 Pro', 12, 3490],
  ['Apple M3', 8, 4050],
] as const

const HOST_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'
const hostSuffix = (random: Random) =>
  Array.from({ length: 7 }, () => HOST_CHARS.charAt(random.int(0, HOST_CHARS.length - 1))).join('')

export function clientProfile(random: Random, platform: ClientPlatform, firstName: string): ClientProfile {
  const version = random.pick(DESKTOP_VERSIONS)
  switch (platform) {
    case 'windows': {
      const [cpuName, cpuCoresCount, cpuProcessorSpeedInMhz] = random.pick(WINDOWS_CPUS)
      const laptop = random.chance(0.7)
      return {
        platform,
        portable: laptop,
        name: `${laptop ? 'LAPTOP' : 'DESKTOP'}-${hostSuffix(random)}`,
        cpuName,
        cpuCoresCount,
        cpuProcessorSpeedInMhz,
        headerValue: `Mozilla/5.0 (Windows NT 10.0; Win64; x64) ${CHROMIUM} Teams/${version}/49`,
        applicationVersion: version,
        azureADAppId: TEAMS_CLIENT_APP,
      }
    }
    case 'macOS': {
      const [cpuName, cpuCoresCount, cpuProcessorSpeedInMhz] = random.pick(APPLE_SILICON)
      return {
        platform,
        portable: true,
        name: `${firstName}s-${random.pick(['MacBook-Pro', 'MacBook-Air'])}`,
        cpuName,
        cpuCoresCount,
        cpuProcessorSpeedInMhz,
        headerValue: `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Teams/${version}/49`,
        applicationVersion: version,
        azureADAppId: TEAMS_CLIENT_APP,
      }
    }
    case 'iOS':
      return {
        platform,
        portable: true,
        name: 'iPhone',
        cpuName: random.pick(['Apple A16 Bionic', 'Apple A17 Pro', 'Apple A15 Bionic']),
        cpuCoresCount: 6,
        headerValue: `Microsoft Teams/6.27.1 iOS/18.1.1 (${random.pick(['iPhone15,2', 'iPhone16,1', 'iPhone14,5'])})`,
        applicationVersion: '6.27.1',
        azureADAppId: TEAMS_CLIENT_APP,
      }
    case 'android': {
      const model = random.pick(['Pixel 8', 'SM-S918B', 'SM-A546B'])
      return {
        platform,
        portable: true,
        name: model,
        cpuCoresCount: 8,
        headerValue: `Microsoft Teams/1416/1.0.0.2024143402 Android/14 (${model})`,
        applicationVersion: '1416/1.0.0.2024143402',
        azureADAppId: TEAMS_CLIENT_APP,
      }
    }
    case 'web':
      return {
        platform,
        portable: random.chance(0.6),
        headerValue: `Mozilla/5.0 (Windows NT 10.0; Win64; x64) ${CHROMIUM}`,
        applicationVersion: `${version}/web`,
        azureADAppId: TEAMS_WEB_APP,
      }
    case 'roomSystem':
      return {
        platform,
        portable: false,
        name: `MTR-${random.pick(['BOARDROOM', 'HUDDLE', 'TRAINING'])}-${random.int(1, 12).toString().padStart(2, '0')}`,
        cpuName: 'Intel(R) Core(TM) i5-1145G7E @ 2.60GHz',
        cpuCoresCount: 4,
        cpuProcessorSpeedInMhz: 2611,
        headerValue: 'MicrosoftTeamsRooms/5.2.115.0 (Windows)',
        applicationVersion: '5.2.115.0',
        azureADAppId: TEAMS_CLIENT_APP,
      }
  }
}
