import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { pickMembers, prependMember, topLevelMembers } from './json-members.ts'

// Objects whose values nest strings full of quotes, backslashes, brackets and braces: what the scanner must see past.
const tricky = fc.string({
  unit: fc.constantFrom('"', '\\', '{', '}', '[', ']', ',', ':', 'a', ' ', '\u00e9', '\n'),
})
const value = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(null, true, false, 0, -1.5e10, 2.5),
    tricky,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(tricky, tie('value'), { maxKeys: 4 }),
  ),
})).value
const object = fc.dictionary(tricky, value, { maxKeys: 6 })

describe('topLevelMembers', () => {
  it('finds each top-level member of any JSON object text, compact or spaced', () => {
    fc.assert(
      fc.property(object, fc.constantFrom(0, 2), (sent, indent) => {
        const text = JSON.stringify(sent, null, indent)
        const members = topLevelMembers(text)
        expect(members.map((member) => member.name)).toEqual(Object.keys(sent))
        for (const member of members) {
          const slice = text.slice(member.start, member.end)
          expect(JSON.parse(`{${slice}}`)).toEqual({ [member.name]: sent[member.name] })
        }
      }),
    )
  })

  it('keeps the chosen members byte for byte, and puts a member in front', () => {
    fc.assert(
      fc.property(object, fc.string(), (sent, context) => {
        const text = JSON.stringify(sent)
        const keep = (name: string) => name.length % 2 === 0
        const picked = pickMembers(text, keep)
        expect(JSON.parse(picked)).toEqual(
          Object.fromEntries(Object.entries(sent).filter(([name]) => keep(name))),
        )
        expect(JSON.parse(prependMember('@odata.context', context, picked))).toEqual({
          '@odata.context': context,
          ...JSON.parse(picked),
        })
      }),
    )
  })

  it('drops a member from stored text exactly, numbers and key order as written', () => {
    const text = '{"id":"a","n":9007199254740993,"segments":[{"x":"]}\\""}],"z":2.50}'
    expect(pickMembers(text, (name) => name !== 'segments')).toBe('{"id":"a","n":9007199254740993,"z":2.50}')
    expect(prependMember('@odata.context', 'c', '{}')).toBe('{"@odata.context":"c"}')
  })
})
