import { describe, expect, it } from 'vitest'
import { parseGraphError } from './graph-error.ts'

describe('parseGraphError', () => {
  it('reads Graph’s error with its innerError, keeping service-specific keys', () => {
    const text =
      '{"error":{"code":"activityLimitReached","message":"The request has been throttled","innerError":{"code":"throttledRequest","innerError":{"code":"quota"},"date":"2021-11-30T12:17:46","request-id":"01c3","client-request-id":"02d4"}}}'
    expect(parseGraphError(text)).toEqual({
      code: 'activityLimitReached',
      message: 'The request has been throttled',
      innerError: {
        code: 'throttledRequest',
        innerError: { code: 'quota' },
        date: '2021-11-30T12:17:46',
        'request-id': '01c3',
        'client-request-id': '02d4',
      },
    })
  })

  it('accepts an empty message and details', () => {
    const error = parseGraphError(
      '{"error":{"code":"BadRequest","message":"","details":[{"code":"invalidRequest","message":"bad","target":"segments[0]"}]}}',
    )
    expect(error?.message).toBe('')
    expect(error?.details?.[0]?.target).toBe('segments[0]')
  })

  it('is null for anything else', () => {
    expect(parseGraphError('<html><body>502 Bad Gateway</body></html>')).toBeNull()
    expect(parseGraphError('{"message":"nope"}')).toBeNull()
    expect(parseGraphError('{"error":{"code":1,"message":"x"}}')).toBeNull()
    expect(parseGraphError('')).toBeNull()
  })
})
