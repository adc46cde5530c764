/** The entity types a callRecord GET can reach with $select and $expand: declared properties, navigations. */
export interface EntityType {
  name: string
  properties: readonly string[]
  navigations: Readonly<Record<string, EntityType>>
}

const SEGMENT: EntityType = {
  name: 'microsoft.graph.callRecords.segment',
  properties: ['id', 'callee', 'caller', 'endDateTime', 'failureInfo', 'media', 'startDateTime'],
  navigations: {},
}

export const SESSION: EntityType = {
  name: 'microsoft.graph.callRecords.session',
  properties: [
    'id',
    'callee',
    'caller',
    'endDateTime',
    'failureInfo',
    'isTest',
    'modalities',
    'startDateTime',
  ],
  navigations: { segments: SEGMENT },
}

const PARTICIPANT_PROPERTIES = ['id', 'identity', 'administrativeUnitInfos']

const ORGANIZER: EntityType = {
  name: 'microsoft.graph.callRecords.organizer',
  properties: PARTICIPANT_PROPERTIES,
  navigations: {},
}

const PARTICIPANT: EntityType = {
  name: 'microsoft.graph.callRecords.participant',
  properties: PARTICIPANT_PROPERTIES,
  navigations: {},
}

/**
 * Beta's callRecord. `organizer` and `participants` are declared but deprecated ("will stop returning data on
 * June 30, 2026"); `organizer_v2` is "expanded by default in callRecord methods".
 */
export const CALL_RECORD: EntityType = {
  name: 'microsoft.graph.callRecords.callRecord',
  properties: [
    'id',
    'version',
    'type',
    'modalities',
    'lastModifiedDateTime',
    'startDateTime',
    'endDateTime',
    'joinWebUrl',
    'organizer',
    'participants',
  ],
  navigations: { sessions: SESSION, organizer_v2: ORGANIZER, participants_v2: PARTICIPANT },
}
