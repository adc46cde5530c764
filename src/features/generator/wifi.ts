import { macAddress } from './addresses.ts'
import type { ClientProfile } from './client-profiles.ts'
import type { LiteralObject } from './literal-tree.ts'
import type { Random } from './random.ts'
import { clamp } from './rounding.ts'

export interface WifiPart {
  linkSpeed: number
  fields: LiteralObject
}

const CHANNELS_24 = [1, 6, 11] as const
const CHANNELS_50 = [36, 40, 44, 48, 52, 100, 112, 149, 153, 157, 161] as const
// Nominal PHY rates (bit/s) that Windows reports as link speed on a clean channel.
const NOMINAL = { wifi80211g: 54e6, wifi80211n: 144.4e6, wifi80211ac: 866.7e6, wifi80211ax: 1201e6 } as const
const WINDOWS_DRIVERS = [
  ['Intel(R) Wi-Fi 6 AX201 160MHz', '22.200.0.6'],
  ['Intel(R) Wi-Fi 6E AX211 160MHz', '23.60.0.10'],
  ['Qualcomm FastConnect 7800 Wi-Fi 7 High Band Simultaneous (HBS) Network Adapter', '3.1.0.1278'],
  ['Realtek RTL8852BE WiFi 6 802.11ax PCIe Adapter', '6001.15.151.0'],
] as const

/** Band, radio, channel and signal consistent with each other and with how bad the network is. */
export function wifiFields(random: Random, client: ClientProfile, quality: number): WifiPart {
  const band = random.chance(quality > 0.5 ? 0.6 : 0.25) ? 'frequency24GHz' : 'frequency50GHz'
  const radio =
    band === 'frequency24GHz'
      ? random.weighted([
          ['wifi80211n', 0.8],
          ['wifi80211g', 0.2],
        ] as const)
      : random.weighted([
          ['wifi80211ax', 0.45],
          ['wifi80211ac', 0.45],
          ['wifi80211n', 0.1],
        ] as const)
  const linkSpeed = Math.max(1e6, Math.round((NOMINAL[radio] * (1 - quality * 0.85)) / 1e5) * 1e5)
  const windows = client.platform === 'windows'
  const [vendorDriver, vendorVersion] = random.pick(WINDOWS_DRIVERS)
  return {
    linkSpeed,
    fields: {
      wifiBand: band,
      wifiRadioType: radio,
      wifiChannel: random.pick(band === 'frequency24GHz' ? CHANNELS_24 : CHANNELS_50),
      wifiSignalStrength: Math.round(clamp(100 - quality * 85 - random.between(0, 8), 5, 100)),
      ...(client.portable ? { wifiBatteryCharge: random.int(quality > 0.5 ? 5 : 20, 100) } : {}),
      basicServiceSetIdentifier: macAddress(random, false),
      ...(windows
        ? {
            wifiVendorDriver: vendorDriver,
            wifiVendorDriverVersion: vendorVersion,
            wifiMicrosoftDriver: 'Microsoft Wi-Fi Direct Virtual Adapter',
            wifiMicrosoftDriverVersion: '10.0.22621.1',
          }
        : {}),
    },
  }
}
