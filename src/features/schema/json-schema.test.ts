import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DURATION_PATTERN } from './duration.ts'
import { sessionJsonSchema } from './json-schema.ts'

type Schema = Record<string, unknown>

/** `- [Name <Type>]: help` lines of the help's BODYPARAMETER notes, as dotted PowerShell paths. */
function helpBodyPaths(): string[] {
  const help = readFileSync(
    new URL('../../../docs/spec/New-MgBetaCommunicationCallRecordSession.md', import.meta.url),
    'utf8',
  )
  const start = help.indexOf('`BODYPARAMETER <IMicrosoftGraphCallRecordsSession>`')
  const end = help.indexOf('\n`', start + 1)
  const stack: string[] = []
  const paths: string[] = []
  for (const line of help.slice(start, end).split('\n')) {
    const match = /^( *)- `\[(\w+) </.exec(line)
    if (!match) continue
    const depth = (match[1] ?? '').length / 2 - 1
    stack.length = depth
    stack.push(match[2] ?? '')
    paths.push(stack.join('.'))
  }
  return paths
}

function resolve(schema: Schema, root: Schema): Schema[] {
  const ref = schema.$ref
  if (typeof ref === 'string')
    return resolve((root.$defs as Record<string, Schema>)[ref.replace('#/$defs/', '')] ?? {}, root)
  const alternatives = [
    ...((schema.anyOf as Schema[] | undefined) ?? []),
    ...((schema.oneOf as Schema[] | undefined) ?? []),
  ]
  if (alternatives.length) return alternatives.flatMap((alt) => resolve(alt, root))
  if (schema.type === 'array') return resolve((schema.items as Schema | undefined) ?? {}, root)
  return [schema]
}

function property(schema: Schema, psName: string, root: Schema): Schema | undefined {
  const jsonName = psName.startsWith('IP')
    ? `ip${psName.slice(2)}`
    : psName.charAt(0).toLowerCase() + psName.slice(1)
  for (const candidate of resolve(schema, root)) {
    const found = (candidate.properties as Record<string, Schema> | undefined)?.[jsonName]
    if (found) return found
  }
  return undefined
}

describe('npm run schema', () => {
  const schema = sessionJsonSchema()

  const defs = schema.$defs as Record<string, Schema>

  it('is draft 2020-12 and describes a closed object that takes annotations', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema.type).toBe('object')
    expect(schema.additionalProperties).toBe(false)
    expect(schema.patternProperties).toEqual({ '@': {} })
  })

  it('keeps closed types closed and open types open', () => {
    const open = Object.entries(defs)
      .filter(([, def]) => def.type === 'object' && def.additionalProperties !== false)
      .map(([name]) => name)
    expect(open.sort()).toEqual([
      'microsoft.graph.azureCommunicationServicesUserIdentity',
      'microsoft.graph.callRecords.feedbackTokenSet',
      'microsoft.graph.callRecords.userIdentity',
      'microsoft.graph.communicationsApplicationIdentity',
      'microsoft.graph.communicationsApplicationInstanceIdentity',
      'microsoft.graph.communicationsEncryptedIdentity',
      'microsoft.graph.communicationsGuestIdentity',
      'microsoft.graph.communicationsIdentitySet',
      'microsoft.graph.communicationsPhoneIdentity',
      'microsoft.graph.communicationsUserIdentity',
      'microsoft.graph.identity.base',
      'microsoft.graph.identitySet.base',
    ])
    expect(defs['microsoft.graph.callRecords.feedbackTokenSet']?.additionalProperties).toEqual({
      type: ['boolean', 'null'],
    })
  })

  it('offers derived types as alternatives their @odata.type chooses, and never the abstract userAgent', () => {
    expect(defs['microsoft.graph.callRecords.userAgent']?.oneOf).toEqual([
      { $ref: '#/$defs/microsoft.graph.callRecords.clientUserAgent' },
      { $ref: '#/$defs/microsoft.graph.callRecords.serviceUserAgent' },
    ])
    expect(defs['microsoft.graph.identitySet']?.oneOf).toEqual([
      { $ref: '#/$defs/microsoft.graph.identitySet.base' },
      { $ref: '#/$defs/microsoft.graph.communicationsIdentitySet' },
    ])
    expect(defs['microsoft.graph.identity']?.oneOf).toHaveLength(9)
    const client = defs['microsoft.graph.callRecords.clientUserAgent']
    expect(client?.required).toEqual(['@odata.type'])
    expect((client?.properties as Record<string, Schema>)['@odata.type']).toEqual({
      type: 'string',
      enum: ['#microsoft.graph.callRecords.clientUserAgent', 'microsoft.graph.callRecords.clientUserAgent'],
    })
    expect(defs['microsoft.graph.callRecords.endpoint.base']?.required).toBeUndefined()
  })

  it('says which properties may be null, and that collections may not', () => {
    const stream = defs['microsoft.graph.callRecords.mediaStream']?.properties as Record<string, Schema>
    expect(stream.streamDirection).toMatchObject({
      type: 'string',
      enum: ['callerToCallee', 'calleeToCaller'],
    })
    expect(stream.audioCodec?.anyOf).toHaveLength(2)
    const media = defs['microsoft.graph.callRecords.media']?.properties as Record<string, Schema>
    expect(media.streams).toMatchObject({
      type: 'array',
      items: { anyOf: [{ $ref: '#/$defs/microsoft.graph.callRecords.mediaStream' }, { type: 'null' }] },
    })
    const properties = schema.properties as Record<string, Schema>
    expect(properties.modalities).toMatchObject({ type: 'array', items: { type: 'string' } })
    expect((properties.modalities?.items as Schema).enum).not.toContain('unknown')
    expect(properties.id).toMatchObject({ type: 'string', 'x-graph-read-only': true })
  })

  it('has no format that contradicts Graph’s values, and keeps the patterns', () => {
    const text = JSON.stringify(schema)
    expect(text).not.toContain('"format":"duration"')
    const stream = defs['microsoft.graph.callRecords.mediaStream']?.properties as Record<string, Schema>
    expect(stream.averageJitter?.anyOf).toEqual([
      { type: 'string', pattern: DURATION_PATTERN.source },
      { type: 'null' },
    ])
  })

  it('names every body property listed in the help, with its PowerShell name', () => {
    const paths = helpBodyPaths()
    expect(paths.length).toBe(107)
    const missing = paths.filter((path) => {
      let node: Schema | undefined = schema
      for (const name of path.split('.')) {
        node = node && property(node, name, schema)
        if (node && node['x-powershell-name'] !== name) return true
      }
      return node === undefined
    })
    expect(missing).toEqual([])
  })

  it('keeps Graph spellings and encodings', () => {
    const device = defs['microsoft.graph.callRecords.deviceInfo']?.properties as Record<string, Schema>
    expect(Object.keys(device)).toContain('cpuInsufficentEventRatio')
    const network = defs['microsoft.graph.callRecords.networkInfo']?.properties as Record<string, Schema>
    expect(Object.keys(network)).toEqual(
      expect.arrayContaining(['reflexiveIPAddress', 'relayIPAddress', 'ipAddress']),
    )
    expect(network.linkSpeed?.anyOf).toEqual([
      { type: 'integer', format: 'int64', minimum: -(2 ** 63), maximum: 2 ** 63 },
      { type: 'null' },
    ])
    const properties = schema.properties as Record<string, Schema>
    expect(properties.startDateTime).toMatchObject({ type: 'string', format: 'date-time' })
    expect(properties.startDateTime?.anyOf).toBeUndefined()
  })
})
