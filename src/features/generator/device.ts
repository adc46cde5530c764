import type { ClientPlatform } from './client-profiles.ts'
import type { LiteralObject } from './literal-tree.ts'
import type { Random } from './random.ts'
import { ratio } from './rounding.ts'

export interface DeviceProfile {
  capture: string
  render: string
  driver?: string
  /** 0 is a good headset on a fast machine, 1 a failing laptop mic on a starved CPU. */
  wear: number
}

type Kit = readonly [capture: string, render: string, driver?: string]
const KITS: Record<ClientPlatform, readonly Kit[]> = {
  windows: [
    ['Microphone (Jabra Evolve2 65)', 'Headset Earphone (Jabra Evolve2 65)', 'Jabra: 10.0.22621.1'],
    [
      'Headset Microphone (Poly Blackwire 5220 Series)',
      'Headset Earphone (Poly Blackwire 5220 Series)',
      'Poly: 10.0.19041.1',
    ],
    [
      'Microphone Array (Realtek(R) Audio)',
      'Speakers (Realtek(R) Audio)',
      'Realtek Semiconductor Corp.: 6.0.9235.1',
    ],
    [
      'Echo Cancelling Speakerphone (Jabra Speak2 75)',
      'Echo Cancelling Speakerphone (Jabra Speak2 75)',
      'Jabra: 10.0.22621.1',
    ],
    ['Microphone (Logitech Zone Vibe 100)', 'Headphones (Logitech Zone Vibe 100)', 'Logitech: 10.0.22621.1'],
  ],
  macOS: [
    ['MacBook Pro Microphone', 'MacBook Pro Speakers', 'Apple: 14.5'],
    ['AirPods Pro', 'AirPods Pro', 'Apple: 14.5'],
  ],
  iOS: [
    ['iPhone Microphone', 'Receiver'],
    ['AirPods Pro', 'AirPods Pro'],
  ],
  android: [['Default input device', 'Default output device']],
  web: [['Default - Microphone (Realtek(R) Audio)', 'Default - Speakers (Realtek(R) Audio)']],
  roomSystem: [
    [
      'Echo Cancelling Speakerphone (Logitech Rally Mic Pod)',
      'Logitech Rally Speaker',
      'Logitech: 10.0.22621.1',
    ],
    ['Echo Cancelling Speakerphone (Yealink MSpeech)', 'Yealink MSpeech', 'Yealink: 10.0.22621.1'],
  ],
}

export function deviceProfile(random: Random, platform: ClientPlatform): DeviceProfile {
  const [capture, render, driver] = random.pick(KITS[platform])
  return { capture, render, ...(driver ? { driver } : {}), wear: random.next() ** 3 }
}

/** One audio media's device report; levels in dB, glitch rates per five minutes. */
export function deviceInfo(random: Random, device: DeviceProfile): LiteralObject {
  const wear = device.wear
  const some = (scale: number) => ratio(wear * random.between(0, scale), 3)
  return {
    captureDeviceName: device.capture,
    ...(device.driver ? { captureDeviceDriver: device.driver } : {}),
    renderDeviceName: device.render,
    ...(device.driver ? { renderDeviceDriver: device.driver } : {}),
    sentSignalLevel: random.int(-30, -15),
    sentNoiseLevel: random.int(-85, -65) + Math.round(wear * 25),
    receivedSignalLevel: random.int(-28, -14),
    receivedNoiseLevel: random.int(-86, -62),
    initialSignalLevelRootMeanSquare: Number(random.between(25, 180).toPrecision(7)),
    micGlitchRate: Math.round(wear * random.between(0, 60)),
    speakerGlitchRate: Math.round(wear * random.between(0, 80)),
    howlingEventCount: wear > 0.5 && random.chance(0.3) ? random.int(1, 3) : 0,
    cpuInsufficentEventRatio: wear > 0.3 ? some(0.15) : 0,
    deviceClippingEventRatio: ratio(random.between(0, 0.004) + wear * random.between(0, 0.02), 3),
    deviceGlitchEventRatio: some(0.06),
    lowSpeechLevelEventRatio: ratio(random.between(0, 0.02) + wear * random.between(0, 0.08), 3),
    lowSpeechToNoiseEventRatio: ratio(random.between(0, 0.02) + wear * random.between(0, 0.1), 3),
    renderMuteEventRatio: random.chance(0.05) ? ratio(random.between(0.05, 0.4), 2) : 0,
  }
}
