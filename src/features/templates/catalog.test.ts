import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { findErrors } from '#src/features/schema/validate.ts'
import { findWarnings } from '#src/features/schema/warnings.ts'
import { jsonEqual } from '#src/lib/json/equal.ts'
import { isJsonArray, isJsonObject, JsonNumber, type JsonValue } from '#src/lib/json/json-value.ts'
import { parseJson } from '#src/lib/json/parse.ts'
import { getIn } from '#src/lib/json/path.ts'
import { stringifyJson } from '#src/lib/json/stringify.ts'
import { findTemplate, sessionTemplates } from './catalog.ts'

const dataDir = new URL('./data/', import.meta.url)
const fileText = (id: string) => readFileSync(new URL(`${id}.json`, dataDir), 'utf8')

function parse(text: string): JsonValue {
  const result = parseJson(text)
  if (!result.ok) throw result.error
  return result.value
}

describe('the template catalog', () => {
  it('lists every data file exactly once, empty first', () => {
    const files = readdirSync(dataDir).filter((name) => name.endsWith('.json'))
    const ids = sessionTemplates.map((template) => template.id)
    expect([...ids].sort()).toEqual(files.map((name) => name.replace(/\.json$/, '')).sort())
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids[0]).toBe('empty')
    expect(ids).toContain('graph-docs-example')
  })

  it('finds templates by id and nothing else', () => {
    expect(findTemplate('poor-wifi')?.name).toBe('Poor Wi-Fi call')
    expect(findTemplate('graph-docs-example')?.name).toBe('Android ↔ Windows (Graph docs example)')
    expect(findTemplate('nope')).toBeUndefined()
  })

  it('gives every template a name and a description', () => {
    for (const template of sessionTemplates) {
      expect(template.name.length, template.id).toBeGreaterThan(3)
      expect(template.description.length, template.id).toBeGreaterThan(10)
    }
  })
})

describe.each(sessionTemplates.map((template) => [template.id, template] as const))('%s', (id, template) => {
  it('loads losslessly: the same tree as its file, number text included', async () => {
    const loaded = await template.load()
    expect(jsonEqual(loaded, parse(fileText(id)))).toBe(true)
  })

  it('has no errors and no warnings', async () => {
    const body = await template.load()
    expect(findErrors(body)).toEqual([])
    expect(findWarnings(body)).toEqual([])
  })

  it('round-trips through the 2-space serialiser', async () => {
    const body = await template.load()
    expect(jsonEqual(parse(stringifyJson(body, 2)), body)).toBe(true)
  })

  it('gives a fresh tree on every load', async () => {
    expect(await template.load()).not.toBe(await template.load())
  })
})

describe('the empty template', () => {
  it('is an empty object', async () => {
    const body = await findTemplate('empty')?.load()
    expect(isJsonObject(body) && body.size).toBe(0)
  })
})

it('has a session whose participants carry the communications identities Teams records', async () => {
  const body = await findTemplate('teams-audio-1to1')?.load()
  for (const side of ['caller', 'callee']) {
    const identity = getIn(body, [side, 'identity'])
    expect(getIn(identity, ['@odata.type'])).toBe('#microsoft.graph.communicationsIdentitySet')
    expect(getIn(identity, ['user', '@odata.type'])).toBe('#microsoft.graph.communicationsUserIdentity')
    const user = getIn(identity, ['user'])
    expect(isJsonObject(user) && [...user.keys()].sort()).toEqual([
      '@odata.type',
      'displayName',
      'id',
      'tenantId',
    ])
  }
})

it('keeps Int64 values as their exact literal text', async () => {
  const body = await findTemplate('wired-media-bypass')?.load()
  const linkSpeed = getIn(body, ['segments', 0, 'media', 0, 'calleeNetwork', 'linkSpeed'])
  expect(linkSpeed).toEqual(new JsonNumber('10000000000'))
  expect(isJsonArray(getIn(body, ['segments']))).toBe(true)
})
