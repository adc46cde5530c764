/**
 * A compact session that exercises losslessness: an Int64 beyond 2^53, explicit nulls, an undeclared key (an
 * annotation, which closed types take) holding an integer-like key and `2.50`, subtype fields through
 * @odata.type. `segments` is last on purpose.
 */
export const SAMPLE_SESSION =
  '{"modalities":["audio"],"startDateTime":"2024-01-01T10:00:00Z","endDateTime":"2024-01-01T10:05:00Z",' +
  '"isTest":true,"customerNote@contoso.lab":{"z":1,"a":2.50,"10":null},' +
  '"caller":{"@odata.type":"#microsoft.graph.callRecords.participantEndpoint","userAgent":' +
  '{"@odata.type":"#microsoft.graph.callRecords.clientUserAgent","platform":"windows","productFamily":"teams"}},' +
  '"callee":{"userAgent":{"@odata.type":"#microsoft.graph.callRecords.serviceUserAgent","headerValue":"x"}},' +
  '"segments":[{"startDateTime":"2024-01-01T10:00:00Z",' +
  '"endDateTime":"2024-01-01T10:05:00Z","media":[{"label":"main-audio","streams":[{"streamDirection":' +
  '"callerToCallee","packetUtilization":9007199254740993,"averageJitter":"PT0.016S","averagePacketLossRate":null},' +
  '{"streamDirection":"calleeToCaller","averageJitter":"PT0.02S"}]}]}]}'

/** The sample as GET returns it without `$expand=segments`. */
export const SAMPLE_WITHOUT_SEGMENTS = `${SAMPLE_SESSION.slice(0, SAMPLE_SESSION.indexOf(',"segments":'))}}`

/** The sample with its own id first. */
export function sampleWithId(id: string): string {
  return `{"id":${JSON.stringify(id)},${SAMPLE_SESSION.slice(1)}`
}
