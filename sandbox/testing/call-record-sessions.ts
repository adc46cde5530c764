/** Sessions with identities, as a consumer's pipeline would meet them, for the call-record tests. */

export const ABBIE = {
  id: '821809f5-0000-0000-0000-3b5136c0e777',
  displayName: 'Abbie Wilkins',
  tenantId: 'dc368399-474c-4d40-900c-6265431fd81f',
}
export const OWEN = {
  id: 'f69e2c00-0000-0000-0000-185e5f5f5d8a',
  displayName: 'Owen Franklin',
  tenantId: 'dc368399-474c-4d40-900c-6265431fd81f',
}

const participant = '#microsoft.graph.callRecords.participantEndpoint'

/** A peer-to-peer session: Abbie (associatedIdentity) calls Owen (the deprecated identity set). */
export function peerSession(id: string, start: string, end: string, modalities = ['audio']) {
  return {
    id,
    modalities,
    startDateTime: start,
    endDateTime: end,
    caller: {
      '@odata.type': participant,
      associatedIdentity: { ...ABBIE, userPrincipalName: 'abbie.wilkins@contoso.com' },
    },
    callee: { '@odata.type': participant, identity: { user: OWEN } },
    segments: [
      {
        id: `${id}-seg`,
        startDateTime: start,
        endDateTime: end,
        media: [
          {
            label: 'main-audio',
            streams: [{ streamDirection: 'callerToCallee', averageJitter: 'PT0.016S' }],
          },
        ],
      },
    ],
  }
}

/** A session between a third person and a conference server: what makes a group call. */
export function conferenceSession(id: string, start: string, end: string) {
  return {
    id,
    modalities: ['video', 'screenSharing'],
    startDateTime: start,
    endDateTime: end,
    caller: {
      '@odata.type': participant,
      associatedIdentity: { id: 'aaaaaaaa-0000-0000-0000-000000000003', displayName: 'Cara Ito' },
    },
    callee: {
      '@odata.type': '#microsoft.graph.callRecords.serviceEndpoint',
      userAgent: {
        '@odata.type': '#microsoft.graph.callRecords.serviceUserAgent',
        role: 'skypeForBusinessAudioVideoMcu',
      },
    },
  }
}
