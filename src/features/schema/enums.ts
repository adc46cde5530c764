/**
 * Enum members exactly as Graph's beta metadata declares them, in declared order. The help and the session docs
 * also list `unknown` as a modality; the metadata's `modality` has no such member, so Graph cannot bind it.
 */
export const enums = {
  modality: ['audio', 'video', 'videoBasedScreenSharing', 'data', 'screenSharing', 'unknownFutureValue'],
  failureStage: ['unknown', 'callSetup', 'midcall', 'unknownFutureValue'],
  networkConnectionType: ['unknown', 'wired', 'wifi', 'mobile', 'tunnel', 'unknownFutureValue'],
  networkTransportProtocol: ['unknown', 'udp', 'tcp', 'unknownFutureValue'],
  wifiBand: ['unknown', 'frequency24GHz', 'frequency50GHz', 'frequency60GHz', 'unknownFutureValue'],
  wifiRadioType: [
    'unknown',
    'wifi80211a',
    'wifi80211b',
    'wifi80211g',
    'wifi80211n',
    'wifi80211ac',
    'wifi80211ax',
    'unknownFutureValue',
  ],
  mediaStreamDirection: ['callerToCallee', 'calleeToCaller'],
  audioCodec: [
    'unknown',
    'invalid',
    'cn',
    'pcma',
    'pcmu',
    'amrWide',
    'g722',
    'g7221',
    'g7221c',
    'g729',
    'multiChannelAudio',
    'muchv2',
    'opus',
    'satin',
    'satinFullband',
    'rtAudio8',
    'rtAudio16',
    'silk',
    'silkNarrow',
    'silkWide',
    'siren',
    'xmsRta',
    'unknownFutureValue',
  ],
  videoCodec: [
    'unknown',
    'invalid',
    'av1',
    'h263',
    'h264',
    'h264s',
    'h264uc',
    'h265',
    'rtvc1',
    'rtVideo',
    'xrtvc1',
    'unknownFutureValue',
  ],
  clientPlatform: [
    'unknown',
    'windows',
    'macOS',
    'iOS',
    'android',
    'web',
    'ipPhone',
    'roomSystem',
    'surfaceHub',
    'holoLens',
    'unknownFutureValue',
  ],
  // azureCommunicationServices follows the sentinel: Graph returns it only with Prefer: include-unknown-enum-members.
  productFamily: [
    'unknown',
    'teams',
    'skypeForBusiness',
    'lync',
    'unknownFutureValue',
    'azureCommunicationServices',
  ],
  serviceRole: [
    'unknown',
    'customBot',
    'skypeForBusinessMicrosoftTeamsGateway',
    'skypeForBusinessAudioVideoMcu',
    'skypeForBusinessApplicationSharingMcu',
    'skypeForBusinessCallQueues',
    'skypeForBusinessAutoAttendant',
    'mediationServer',
    'mediationServerCloudConnectorEdition',
    'exchangeUnifiedMessagingService',
    'mediaController',
    'conferencingAnnouncementService',
    'conferencingAttendant',
    'audioTeleconferencerController',
    'skypeForBusinessUnifiedCommunicationApplicationPlatform',
    'responseGroupServiceAnnouncementService',
    'gateway',
    'skypeTranslator',
    'skypeForBusinessAttendant',
    'responseGroupService',
    'voicemail',
    'unknownFutureValue',
  ],
  userFeedbackRating: ['notRated', 'bad', 'poor', 'fair', 'good', 'excellent', 'unknownFutureValue'],
  // microsoft.graph.endpointType (communicationsIdentitySet), not in the callRecords namespace.
  endpointType: [
    'default',
    'voicemail',
    'skypeForBusiness',
    'skypeForBusinessVoipPhone',
    'unknownFutureValue',
  ],
} as const satisfies Record<string, readonly [string, ...string[]]>

export type EnumName = keyof typeof enums

/** The enum's full name in the metadata, as Graph's error messages write it. */
export function enumTypeName(name: EnumName): string {
  return name === 'endpointType' ? 'microsoft.graph.endpointType' : `microsoft.graph.callRecords.${name}`
}

/** Values the help documents that the metadata does not declare: named in the error, so nobody hunts for a typo. */
export const DOCUMENTED_NOT_DECLARED: Partial<Record<EnumName, readonly string[]>> = { modality: ['unknown'] }
