import { describe, expect, it } from 'vitest'
import { describeDuration, durationToSeconds, parseHumanDuration, secondsToDuration } from './duration.ts'

describe('durations for people', () => {
  it.each([
    ['45 ms', 'PT0.045S'],
    ['1.5 s', 'PT1.5S'],
    ['1.5s', 'PT1.5S'],
    ['2 min', 'PT2M'],
    ['1h 30m', 'PT1H30M'],
    ['90 s', 'PT1M30S'],
    ['1 day 2 hours', 'P1DT2H'],
    ['-16 ms', '-PT0.016S'],
    ['0 s', 'PT0S'],
    ['0.1 ms', 'PT0.0001S'],
    ['PT0.016S', 'PT0.016S'],
  ])('%s → %s', (input, iso) => expect(parseHumanDuration(input)).toBe(iso))

  it.each(['', 'fast', '12', '1 fortnight', '1 s extra'])('does not guess at %j', (input) =>
    expect(parseHumanDuration(input)).toBeUndefined(),
  )

  it('reads ISO durations back as seconds and words', () => {
    expect(durationToSeconds('P1DT2H3M4.5S')).toBe(93784.5)
    expect(durationToSeconds('-PT1S')).toBe(-1)
    expect(describeDuration('PT0.016S')).toBe('16 ms')
    expect(describeDuration('PT1.5S')).toBe('1.5 s')
    expect(describeDuration('P1DT2H3M4.5S')).toBe('1 d 2 h 3 min 4.5 s')
    expect(secondsToDuration(0.1 + 0.2)).toBe('PT0.3S')
  })
})
