import { describe, expect, it } from 'vitest'
import example from '#src/features/templates/data/graph-docs-example.json?raw'
import { JsonNumber, type JsonPath, type JsonValue } from '#src/lib/json/json-value.ts'
import { parseJson } from '#src/lib/json/parse.ts'
import { setIn } from '#src/lib/json/path.ts'
import { findErrors, findUnknownProperties, type ValidationOptions } from './validate.ts'

function parse(text: string): JsonValue {
  const result = parseJson(text)
  if (!result.ok) throw result.error
  return result.value
}

const base = parse(example)
const caller = ['caller']
const segment = ['segments', 0]
const media = [...segment, 'media', 0]
const stream = [...media, 'streams', 1]
const network = [...media, 'callerNetwork']

type Change = [JsonPath, JsonValue | undefined]
const edited = (...changes: Change[]) =>
  changes.reduce<JsonValue>((doc, [path, value]) => setIn(doc, path, value) ?? null, base)
const errorsAfter = (changes: Change[], options?: ValidationOptions) =>
  findErrors(edited(...changes), options).map((issue) => [issue.path.join('.'), issue.message])

const nonNullable = (name: string, type: string) =>
  `A null value was found for the property named '${name}', which has the expected type '${type}[Nullable=False]'. The expected type '${type}[Nullable=False]' does not allow null values.`
const notExisting = (name: string, type: string) =>
  `The property '${name}' does not exist on type 'microsoft.graph.callRecords.${type}'. Make sure to only use property names that are defined by the type or mark the type as open type.`

describe('nullability, as the beta metadata declares it', () => {
  it.each<[string, JsonPath, string]>([
    ['failureInfo.stage', ['failureInfo', 'stage'], 'microsoft.graph.callRecords.failureStage'],
    [
      'clientUserAgent.platform',
      [...caller, 'userAgent', 'platform'],
      'microsoft.graph.callRecords.clientPlatform',
    ],
    [
      'clientUserAgent.productFamily',
      [...caller, 'userAgent', 'productFamily'],
      'microsoft.graph.callRecords.productFamily',
    ],
    [
      'userFeedback.rating',
      ['callee', 'feedback', 'rating'],
      'microsoft.graph.callRecords.userFeedbackRating',
    ],
    [
      'mediaStream.streamDirection',
      [...stream, 'streamDirection'],
      'microsoft.graph.callRecords.mediaStreamDirection',
    ],
    [
      'networkInfo.connectionType',
      [...network, 'connectionType'],
      'microsoft.graph.callRecords.networkConnectionType',
    ],
    [
      'networkInfo.networkTransportProtocol',
      [...network, 'networkTransportProtocol'],
      'microsoft.graph.callRecords.networkTransportProtocol',
    ],
    ['networkInfo.wifiBand', [...network, 'wifiBand'], 'microsoft.graph.callRecords.wifiBand'],
    ['networkInfo.wifiRadioType', [...network, 'wifiRadioType'], 'microsoft.graph.callRecords.wifiRadioType'],
    ['session.id', ['id'], 'Edm.String'],
    ['segment.id', [...segment, 'id'], 'Edm.String'],
    ['segment.endDateTime', [...segment, 'endDateTime'], 'Edm.DateTimeOffset'],
  ])('refuses null for %s, in Graph’s words', (_, path, type) => {
    expect(errorsAfter([[path, null]])).toEqual([[path.join('.'), nonNullable(String(path.at(-1)), type)]])
  })

  it('refuses serviceUserAgent.role: null', () => {
    const path = [...caller, 'userAgent']
    const agent = parse('{"@odata.type":"#microsoft.graph.callRecords.serviceUserAgent","role":null}')
    expect(errorsAfter([[path, agent]])).toEqual([
      [`${path.join('.')}.role`, nonNullable('role', 'microsoft.graph.callRecords.serviceRole')],
    ])
  })

  it('still takes null where the metadata allows it', () => {
    expect(
      errorsAfter([
        [['isTest'], null],
        [['failureInfo'], null],
        [[...caller, 'userAgent', 'headerValue'], null],
        [[...stream, 'audioCodec'], null],
        [[...network, 'linkSpeed'], null],
        [['callee', 'identity'], null],
      ]),
    ).toEqual([])
  })

  it('never takes a null collection, and says whether its items could have been null', () => {
    const collection = (name: string, item: string, nullableItems: boolean) =>
      nullableItems
        ? `A null value was found for the property named '${name}', which has the expected type 'Collection(${item})[Nullable=True]'. The expected type 'Collection(${item})[Nullable=True]' cannot be null but it can have null values.`
        : nonNullable(name, `Collection(${item})`)
    expect(errorsAfter([[['modalities'], null]])).toEqual([
      ['modalities', collection('modalities', 'microsoft.graph.callRecords.modality', false)],
    ])
    expect(errorsAfter([[[...segment, 'media'], null]])).toEqual([
      ['segments.0.media', collection('media', 'microsoft.graph.callRecords.media', true)],
    ])
    expect(errorsAfter([[[...media, 'streams'], null]])).toEqual([
      ['segments.0.media.0.streams', collection('streams', 'microsoft.graph.callRecords.mediaStream', true)],
    ])
    expect(errorsAfter([[[...network, 'traceRouteHops'], null]])[0]?.[1]).toBe(
      collection('traceRouteHops', 'microsoft.graph.callRecords.traceRouteHop', false),
    )
    expect(errorsAfter([[['segments'], null]])[0]?.[1]).toBe(
      collection('segments', 'microsoft.graph.callRecords.segment', false),
    )
  })

  it('takes null media and streams, and no other null item', () => {
    expect(
      errorsAfter([
        [[...segment, 'media', 1], null],
        [[...media, 'streams', 2], null],
      ]),
    ).toEqual([])
    const nullItem = (type: string) =>
      `A null value was found with the expected type '${type}[Nullable=False]'. The expected type '${type}[Nullable=False]' does not allow null values.`
    expect(
      errorsAfter([
        [['modalities', 1], null],
        [['segments', 1], null],
        [[...network, 'traceRouteHops'], [null]],
      ]),
    ).toEqual([
      ['modalities.1', nullItem('microsoft.graph.callRecords.modality')],
      [`${network.join('.')}.traceRouteHops.0`, nullItem('microsoft.graph.callRecords.traceRouteHop')],
      ['segments.1', nullItem('microsoft.graph.callRecords.segment')],
    ])
  })
})

describe('the modality enum', () => {
  it("has no 'unknown', whatever the help says", () => {
    expect(errorsAfter([[['modalities'], ['audio', 'unknown']]])).toEqual([
      [
        'modalities.1',
        "'unknown' is in the help, but Graph's metadata has no such modality member; one of audio, video, videoBasedScreenSharing, data, screenSharing, unknownFutureValue",
      ],
    ])
    expect(errorsAfter([[['modalities'], ['unknownFutureValue', 'screenSharing']]])).toEqual([])
  })
})

describe('the abstract userAgent', () => {
  const abstract =
    "An instance of the abstract resource type 'microsoft.graph.callRecords.userAgent' was found. Abstract resource types cannot be instantiated. Set @odata.type to #microsoft.graph.callRecords.clientUserAgent or #microsoft.graph.callRecords.serviceUserAgent."

  it('cannot be sent without a subtype, named or not', () => {
    const path = [...caller, 'userAgent']
    expect(errorsAfter([[path, parse('{"headerValue":"x","applicationVersion":"1"}')]])).toEqual([
      ['caller.userAgent.@odata.type', abstract],
    ])
    expect(
      errorsAfter([
        [path, parse('{"@odata.type":"#microsoft.graph.callRecords.userAgent","headerValue":"x"}')],
      ]),
    ).toEqual([['caller.userAgent.@odata.type', abstract]])
  })

  it('is fine as a client or service user agent, with or without the #', () => {
    const path = [...caller, 'userAgent', '@odata.type']
    expect(errorsAfter([[path, 'microsoft.graph.callRecords.clientUserAgent']])).toEqual([])
    expect(
      errorsAfter([
        [
          [...caller, 'userAgent'],
          parse('{"@odata.type":"#microsoft.graph.callRecords.serviceUserAgent","role":"gateway"}'),
        ],
      ]),
    ).toEqual([])
  })
})

describe('unknown keys', () => {
  it('are errors on closed types, in Graph’s words, with the declared name they were close to', () => {
    expect(errorsAfter([[[...stream, 'averageJiter'], 'PT1S']])).toEqual([
      [
        `${stream.join('.')}.averageJiter`,
        `${notExisting('averageJiter', 'mediaStream')} Did you mean 'averageJitter'?`,
      ],
    ])
    expect(errorsAfter([[[...network, 'IPAddress'], '10.0.0.1']])[0]?.[1]).toBe(
      `${notExisting('IPAddress', 'networkInfo')} Did you mean 'ipAddress'?`,
    )
    expect(errorsAfter([[['x-lab'], new JsonNumber('7')]])).toEqual([
      [
        'x-lab',
        `The property 'x-lab' does not exist on type 'microsoft.graph.callRecords.session'. Make sure to only use property names that are defined by the type or mark the type as open type.`,
      ],
    ])
  })

  it('keep Graph’s wording apart from the suggestion, for the sandbox', () => {
    const [issue] = findErrors(edited([[...stream, 'averageJiter'], 'PT1S']))
    expect(issue?.graph).toBe(notExisting('averageJiter', 'mediaStream'))
  })

  it('are warnings instead once allowed, and nothing else changes', () => {
    const changes: Change[] = [
      [[...stream, 'averageJiter'], 'PT1S'],
      [[...stream, 'averageJitter'], '7 ms'],
    ]
    expect(errorsAfter(changes, { allowUnknownProperties: true })).toEqual([
      [
        `${stream.join('.')}.averageJitter`,
        'Not an ISO 8601 duration; type e.g. "45 ms" or "1.5 s", or write PT0.045S',
      ],
    ])
    expect(findUnknownProperties(edited(...changes)).map((w) => [w.path.join('.'), w.severity])).toEqual([
      [`${stream.join('.')}.averageJiter`, 'warning'],
    ])
  })

  it('are fine anywhere as annotations (a key with @)', () => {
    expect(
      errorsAfter([
        [['@odata.etag'], 'W/"1"'],
        [[...stream, 'averageJitter@contoso.note'], 'measured twice'],
        [[...network, '@contoso.lab'], parse('{"any":[1,{"thing":null}]}')],
      ]),
    ).toEqual([])
  })

  it('are dynamic properties on open types: identities, identity sets, feedback tokens', () => {
    expect(
      errorsAfter([
        [[...caller, 'associatedIdentity', 'tenantId'], 'dc368399-474c-4d40-900c-6265431fd81f'],
        [['callee', 'identity', 'x-lab'], parse('{"nested":true}')],
        [['callee', 'feedback', 'tokens', 'Stopped'], true],
      ]),
    ).toEqual([])
    expect(errorsAfter([[['callee', 'feedback', 'tokens', 'Stopped'], 'yes']])).toEqual([
      ['callee.feedback.tokens.Stopped', 'Feedback tokens are true or false'],
    ])
  })

  it('include an @odata.type that names another type than the one Graph expects there', () => {
    expect(errorsAfter([[[...stream, '@odata.type'], '#microsoft.graph.callRecords.mediaStream']])).toEqual(
      [],
    )
    expect(errorsAfter([[[...stream, '@odata.type'], '#microsoft.graph.callRecords.media']])).toEqual([
      [
        `${stream.join('.')}.@odata.type`,
        '@odata.type here must be #microsoft.graph.callRecords.mediaStream (or be left out)',
      ],
    ])
  })
})

describe('the communications identities', () => {
  const teamsIdentity = parse(`{
    "@odata.type": "#microsoft.graph.communicationsIdentitySet",
    "user": {
      "@odata.type": "#microsoft.graph.communicationsUserIdentity",
      "id": "f69e2c00-0000-0000-0000-185e5f5f5d8a",
      "displayName": "Owen Franklin",
      "tenantId": "dc368399-474c-4d40-900c-6265431fd81f"
    },
    "endpointType": "default"
  }`)

  it('take the shape Teams writes for a participant', () => {
    expect(errorsAfter([[['callee', 'identity'], teamsIdentity]])).toEqual([])
  })

  it('offer every communications identity wherever an identity goes', () => {
    for (const [type, extra] of [
      ['communicationsUserIdentity', '"tenantId":"t"'],
      ['communicationsApplicationIdentity', '"applicationType":"bot","hidden":false'],
      ['communicationsApplicationInstanceIdentity', '"hidden":true,"tenantId":"t"'],
      ['communicationsEncryptedIdentity', '"x-dynamic":1'],
      ['communicationsGuestIdentity', '"email":"guest@example.com"'],
      ['communicationsPhoneIdentity', '"id":"+15555550100"'],
      ['azureCommunicationServicesUserIdentity', '"azureCommunicationServicesResourceId":"r"'],
      ['callRecords.userIdentity', '"userPrincipalName":"a@b.c"'],
    ]) {
      const identity = parse(`{"@odata.type":"#microsoft.graph.${type}","displayName":"D",${extra}}`)
      expect(errorsAfter([[[...caller, 'associatedIdentity'], identity]]), type).toEqual([])
      expect(
        errorsAfter([
          [['callee', 'identity', 'phone'], null],
          [['callee', 'identity', 'user'], identity],
        ]),
        type,
      ).toEqual([])
    }
  })

  it('judge the members of a communicationsIdentitySet', () => {
    const set = (extra: string) =>
      parse(`{"@odata.type":"#microsoft.graph.communicationsIdentitySet",${extra}}`)
    expect(errorsAfter([[['callee', 'identity'], set('"endpointType":"bogusValue"')]])).toEqual([
      [
        'callee.identity.endpointType',
        'Not a endpointType member; one of default, voicemail, skypeForBusiness, skypeForBusinessVoipPhone, unknownFutureValue',
      ],
    ])
    // Without its @odata.type a guest is a plain (open) identity, where `email` is a dynamic property.
    expect(errorsAfter([[['callee', 'identity'], set('"guest":{"email":7}')]])).toEqual([])
    const guest = '"guest":{"@odata.type":"#microsoft.graph.communicationsGuestIdentity","email":7}'
    expect(errorsAfter([[['callee', 'identity'], set(guest)]])).toEqual([
      ['callee.identity.guest.email', 'Expected text (a JSON string)'],
    ])
  })

  it('name the types one may use when @odata.type is not one of them', () => {
    expect(
      errorsAfter([[[...caller, 'associatedIdentity', '@odata.type'], '#microsoft.graph.robot']]),
    ).toEqual([
      [
        'caller.associatedIdentity.@odata.type',
        'Unknown @odata.type for identity; use #microsoft.graph.callRecords.userIdentity, #microsoft.graph.communicationsUserIdentity, #microsoft.graph.communicationsApplicationIdentity, #microsoft.graph.communicationsApplicationInstanceIdentity, #microsoft.graph.communicationsGuestIdentity, #microsoft.graph.communicationsPhoneIdentity, #microsoft.graph.communicationsEncryptedIdentity or #microsoft.graph.azureCommunicationServicesUserIdentity',
      ],
    ])
  })
})

describe('ids', () => {
  it('are read-only in Graph but may be composed', () => {
    expect(
      errorsAfter([
        [['id'], 'my-own-id'],
        [[...segment, 'id'], 'seg-1'],
      ]),
    ).toEqual([])
  })
})
