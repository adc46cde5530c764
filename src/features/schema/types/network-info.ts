import { z } from 'zod'
import { field, graphType } from '../field.ts'
import { graphEnum, graphString, int32, int64, single } from '../primitives.ts'
import { traceRouteHop } from './trace-route-hop.ts'

const ratio = (ps: string, help: string) => field(single, { ps, help, check: 'ratio' })
const text = (ps: string, help: string) => field(graphString, { ps, help })
const ip = (ps: string, help: string) => field(graphString, { ps, help, check: 'ip', sensitive: 'ip' })

export const networkInfo = graphType(
  {
    graphName: 'microsoft.graph.callRecords.networkInfo',
    psInterface: 'IMicrosoftGraphCallRecordsNetworkInfo',
  },
  {
    bandwidthLowEventRatio: ratio(
      'BandwidthLowEventRatio',
      'Fraction of the call that the media endpoint detected the available bandwidth or bandwidth policy was low enough to cause poor quality of the audio sent.',
    ),
    basicServiceSetIdentifier: field(graphString, {
      ps: 'BasicServiceSetIdentifier',
      help: 'The wireless LAN basic service set identifier of the media endpoint used to connect to the network.',
      check: 'mac',
      sensitive: 'mac',
    }),
    connectionType: field(graphEnum('networkConnectionType'), {
      ps: 'ConnectionType',
      help: 'networkConnectionType',
      nullable: false,
    }),
    delayEventRatio: ratio(
      'DelayEventRatio',
      'Fraction of the call that the media endpoint detected the network delay was significant enough to impact the ability to have real-time two-way communication.',
    ),
    dnsSuffix: text('DnsSuffix', 'DNS suffix associated with the network adapter of the media endpoint.'),
    ipAddress: ip('IPAddress', 'IP address of the media endpoint.'),
    linkSpeed: field(int64, {
      ps: 'LinkSpeed',
      help: 'Link speed in bits per second reported by the network adapter used by the media endpoint.',
      unit: 'bit/s',
      check: 'nonNegative',
    }),
    macAddress: field(graphString, {
      ps: 'MacAddress',
      help: "The media access control (MAC) address of the media endpoint's network device. This value may be missing or shown as 02:00:00:00:00:00 due to operating system privacy policies.",
      check: 'mac',
      sensitive: 'mac',
    }),
    networkTransportProtocol: field(graphEnum('networkTransportProtocol'), {
      ps: 'NetworkTransportProtocol',
      help: 'networkTransportProtocol',
      nullable: false,
    }),
    port: field(int32, { ps: 'Port', help: 'Network port number used by media endpoint.', check: 'port' }),
    receivedQualityEventRatio: ratio(
      'ReceivedQualityEventRatio',
      'Fraction of the call that the media endpoint detected the network was causing poor quality of the audio received.',
    ),
    reflexiveIPAddress: ip(
      'ReflexiveIPAddress',
      'IP address of the media endpoint as seen by the media relay server. This is typically the public internet IP address associated to the endpoint.',
    ),
    relayIPAddress: ip(
      'RelayIPAddress',
      'IP address of the media relay server allocated by the media endpoint.',
    ),
    relayPort: field(int32, {
      ps: 'RelayPort',
      help: 'Network port number allocated on the media relay server by the media endpoint.',
      check: 'port',
    }),
    sentQualityEventRatio: ratio(
      'SentQualityEventRatio',
      'Fraction of the call that the media endpoint detected the network was causing poor quality of the audio sent.',
    ),
    subnet: ip('Subnet', 'Subnet used for media stream by the media endpoint.'),
    traceRouteHops: field(z.array(traceRouteHop), {
      ps: 'TraceRouteHops',
      help: 'List of network trace route hops collected for this media stream.',
    }),
    wifiBand: field(graphEnum('wifiBand'), { ps: 'WifiBand', help: 'wifiBand', nullable: false }),
    wifiBatteryCharge: field(int32, {
      ps: 'WifiBatteryCharge',
      help: 'Estimated remaining battery charge in percentage reported by the media endpoint.',
      unit: '%',
      check: 'percent',
    }),
    wifiChannel: field(int32, {
      ps: 'WifiChannel',
      help: 'WiFi channel used by the media endpoint.',
      check: 'nonNegative',
    }),
    wifiMicrosoftDriver: text(
      'WifiMicrosoftDriver',
      'Name of the Microsoft WiFi driver used by the media endpoint. Value may be localized based on the language used by endpoint.',
    ),
    wifiMicrosoftDriverVersion: text(
      'WifiMicrosoftDriverVersion',
      'Version of the Microsoft WiFi driver used by the media endpoint.',
    ),
    wifiRadioType: field(graphEnum('wifiRadioType'), {
      ps: 'WifiRadioType',
      help: 'wifiRadioType',
      nullable: false,
    }),
    wifiSignalStrength: field(int32, {
      ps: 'WifiSignalStrength',
      help: 'WiFi signal strength in percentage reported by the media endpoint.',
      unit: '%',
      check: 'percent',
    }),
    wifiVendorDriver: text(
      'WifiVendorDriver',
      'Name of the WiFi driver used by the media endpoint. Value may be localized based on the language used by endpoint.',
    ),
    wifiVendorDriverVersion: text(
      'WifiVendorDriverVersion',
      'Version of the WiFi driver used by the media endpoint.',
    ),
  },
)
