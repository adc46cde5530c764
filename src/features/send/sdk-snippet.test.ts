import { expect, it } from 'vitest'
import { sdkSnippet } from './sdk-snippet.ts'

it('writes the SDK call with the id URL-encoded inside a safely quoted string', () => {
  expect(sdkSnippet('a "quoted"/id')).toBe(
    [
      'const record = await client',
      '  .api("/communications/callRecords/a%20%22quoted%22%2Fid")',
      '  .expand("sessions($expand=segments)")',
      '  .get()',
    ].join('\n'),
  )
})
