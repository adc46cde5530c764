import type { JsonValue } from '#src/lib/json/json-value.ts'
import { parseJson } from '#src/lib/json/parse.ts'

export interface SessionTemplate {
  readonly id: string
  readonly name: string
  readonly description: string
  /** Short scenario keywords, for filtering and for the menu's secondary text. */
  readonly tags: readonly string[]
  /** The session as a lossless tree; the JSON file is fetched on first use. */
  load(): Promise<JsonValue>
}

// `?raw` and our own parser, never a JSON import: JSON.parse would round Int64s and rewrite numbers.
function parsed(id: string) {
  return ({ default: text }: { default: string }): JsonValue => {
    const result = parseJson(text)
    if (!result.ok) throw new Error(`Template ${id} is not valid JSON: ${result.error.message}`)
    return result.value
  }
}

/** The templates, in menu order. */
export const sessionTemplates = [
  {
    id: 'empty',
    name: 'Empty session',
    description: 'Start from nothing: an empty body, every field unset.',
    tags: [],
    load: () => import('./data/empty.json?raw').then(parsed('empty')),
  },
  {
    id: 'teams-audio-1to1',
    name: 'Teams 1:1 audio call',
    description:
      'Windows and Mac Teams clients, one segment, SATIN audio both ways with low loss and jitter; participants identified as Teams records them.',
    tags: ['audio', 'peer-to-peer', 'good quality'],
    load: () => import('./data/teams-audio-1to1.json?raw').then(parsed('teams-audio-1to1')),
  },
  {
    id: 'video-meeting-screen-sharing',
    name: 'Video meeting with screen sharing',
    description:
      'A participant and the conferencing server: audio, camera video and screen sharing, then a reconnect.',
    tags: ['audio', 'video', 'screen sharing', 'meeting', 'several segments'],
    load: () =>
      import('./data/video-meeting-screen-sharing.json?raw').then(parsed('video-meeting-screen-sharing')),
  },
  {
    id: 'pstn-gateway',
    name: 'PSTN call through a gateway',
    description: 'An iPhone on mobile data calls a phone number through a Direct Routing SBC (G.711).',
    tags: ['audio', 'pstn', 'gateway', 'mobile', 'ipv6'],
    load: () => import('./data/pstn-gateway.json?raw').then(parsed('pstn-gateway')),
  },
  {
    id: 'wired-media-bypass',
    name: 'Wired call with media bypass',
    description: 'A desk phone headset on gigabit Ethernet; media goes straight to the SBC (Direct Routing).',
    tags: ['audio', 'pstn', 'wired', 'media bypass', 'good quality'],
    load: () => import('./data/wired-media-bypass.json?raw').then(parsed('wired-media-bypass')),
  },
  {
    id: 'poor-wifi',
    name: 'Poor Wi-Fi call',
    description:
      'A laptop on weak 2.4 GHz Wi-Fi: heavy loss, jitter and round trips, trace route, and a "poor" rating.',
    tags: ['audio', 'wifi', 'poor quality', 'feedback', 'trace route'],
    load: () => import('./data/poor-wifi.json?raw').then(parsed('poor-wifi')),
  },
  {
    id: 'failed-call-setup',
    name: 'Failed call setup',
    description:
      'A firewall blocks media: the call fails at callSetup, no relay is allocated and no stream flows.',
    tags: ['audio', 'failure', 'callSetup'],
    load: () => import('./data/failed-call-setup.json?raw').then(parsed('failed-call-setup')),
  },
  {
    id: 'graph-docs-example',
    name: 'Android ↔ Windows (Graph docs example)',
    description: "The session from Microsoft Graph's callRecord documentation, Skype for Business clients.",
    tags: ['audio', 'peer-to-peer', 'docs'],
    load: () => import('./data/graph-docs-example.json?raw').then(parsed('graph-docs-example')),
  },
] as const satisfies readonly SessionTemplate[]

export function findTemplate(id: string): SessionTemplate | undefined {
  return sessionTemplates.find((template) => template.id === id)
}
