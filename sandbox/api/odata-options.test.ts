import { describe, expect, it } from 'vitest'
import { readODataOptions, type OptionRules } from './odata-options.ts'

const rules: OptionRules = {
  type: 'microsoft.graph.callRecords.session',
  select: ['id', 'startDateTime', 'segments'],
  expand: ['segments'],
  top: true,
  skipToken: true,
}
const read = (query: string, with_ = rules) => readODataOptions(new URLSearchParams(query), with_)
const message = (query: string, with_ = rules) => {
  const result = read(query, with_)
  return result.ok ? 'accepted' : result.message
}

describe('readODataOptions', () => {
  it('reads the supported options in any case, with or without $, and leaves custom parameters alone', () => {
    expect(read('$select=ID,startDateTime&Expand=segments&$TOP=5&$skiptoken=abc&custom=1')).toEqual({
      ok: true,
      options: { select: ['id', 'startDateTime'], expand: ['segments'], top: 5, skipToken: 'abc' },
    })
    expect(read('$expand=*')).toMatchObject({
      ok: true,
      options: { expand: ['segments'], select: undefined },
    })
  })

  it('refuses what Graph refuses, in its words', () => {
    expect(message('$select=bogus')).toBe(
      "Parsing OData Select and Expand failed: Could not find a property named 'bogus' on type 'microsoft.graph.callRecords.session'.",
    )
    expect(message('$expand=segments($select=id)')).toBe(
      "Parsing OData Select and Expand failed: Term 'segments($select=id)' is not valid in a $select or $expand expression.",
    )
    for (const [query, option] of [
      ['$filter=isTest eq true', 'Filter'],
      ['$orderby=startDateTime', 'OrderBy'],
      ['$search="x"', 'Search'],
      ['$count=true', 'Count'],
      ['skip=1', 'Skip'],
    ]) {
      expect(message(query ?? '')).toBe(
        `The query specified in the URI is not valid. Query option '${option ?? ''}' is not allowed. To allow it, set the 'AllowedQueryOptions' property on EnableQueryAttribute or QueryValidationSettings.`,
      )
    }
    expect(message('$top=1&$top=2')).toBe(
      "Query option '$top' was specified more than once, but it must be specified at most once.",
    )
    expect(message('$top=1&top=2')).toContain('more than once')
    expect(message('$bogus=1')).toBe("The query parameter '$bogus' is not supported.")
    expect(message('$top=-1')).toBe(
      "Invalid value '-1' for $top query option found. It must be a non-negative integer.",
    )
    expect(message('$top=5', { type: 't', expand: ['segments'] })).toContain(
      "Query option 'Top' is not allowed",
    )
  })

  it('keeps what it echoes short', () => {
    expect(message(`$select=${'x'.repeat(10_000)}`).length).toBeLessThan(200)
    expect(message(`$${'y'.repeat(10_000)}=1`).length).toBeLessThan(200)
  })
})
