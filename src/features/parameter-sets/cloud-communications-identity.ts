/**
 * The keys of `-InputObject <ICloudCommunicationsIdentity>` (help NOTES, INPUTOBJECT). The POST path has one
 * parameter, so only CallRecordId reaches the URL; the cmdlet ignores the rest.
 */
export const IDENTITY_KEYS = [
  'CallRecordId',
  'AdhocCallId',
  'AttendanceRecordId',
  'AudioRoutingGroupId',
  'CallAiInsightId',
  'CallId',
  'CallRecordingId',
  'CallTranscriptId',
  'CommsOperationId',
  'ContentSharingSessionId',
  'EngagementConversationMessageId',
  'EngagementConversationMessageId1',
  'EngagementConversationMessageReactionId',
  'FromDateTime',
  'JoinWebUrl',
  'MeetingAttendanceReportId',
  'MeetingRegistrantBaseId',
  'MeetingRegistrationQuestionId',
  'OnlineMeetingEngagementConversationId',
  'OnlineMeetingId',
  'ParticipantId',
  'PresenceId',
  'SessionId',
  'ToDateTime',
  'UserId',
] as const

export type IdentityKey = (typeof IDENTITY_KEYS)[number]

/** Values as typed; a key with an empty value is not part of the identity. */
export type CloudCommunicationsIdentity = Partial<Record<IdentityKey, string>>

/** The cmdlet's own words when the identity carries no CallRecordId (generated ViaIdentity cmdlets). */
export const MISSING_CALL_RECORD_ID = 'InputObject has null value for InputObject.CallRecordId'
