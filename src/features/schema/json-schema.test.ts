import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
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

  it('is draft 2020-12 and describes an open object', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema.type).toBe('object')
    expect(schema.additionalProperties).toEqual({})
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
    const defs = schema.$defs as Record<string, Schema>
    const device = defs['microsoft.graph.callRecords.deviceInfo']?.properties as Record<string, Schema>
    expect(Object.keys(device)).toContain('cpuInsufficentEventRatio')
    const network = defs['microsoft.graph.callRecords.networkInfo']?.properties as Record<string, Schema>
    expect(Object.keys(network)).toEqual(
      expect.arrayContaining(['reflexiveIPAddress', 'relayIPAddress', 'ipAddress']),
    )
    expect(network.linkSpeed?.anyOf).toEqual([{ type: 'integer', format: 'int64' }, { type: 'null' }])
    const properties = schema.properties as Record<string, Schema>
    expect(properties.startDateTime).toMatchObject({ type: 'string', format: 'date-time' })
    expect(properties.startDateTime?.anyOf).toBeUndefined()
  })
})
