import { describe, expect, it } from 'vitest'
import { canonicalGraphPath } from './graph-path.ts'

describe('canonicalGraphPath', () => {
  it('puts the segment names into the docs’ spelling and leaves ids as sent', () => {
    expect(canonicalGraphPath('/BETA/Communications/CALLRECORDS/Rec-1/Sessions/Ab-C')).toBe(
      '/beta/communications/callRecords/Rec-1/sessions/Ab-C',
    )
    expect(canonicalGraphPath('/beta/communications/callrecords')).toBe('/beta/communications/callRecords')
  })

  it('leaves what is already canonical, other paths and look-alike segments alone', () => {
    const canonical = '/beta/communications/callRecords/rec/sessions'
    expect(canonicalGraphPath(canonical)).toBe(canonical)
    expect(canonicalGraphPath('/_sandbox/faults')).toBe('/_sandbox/faults')
    expect(canonicalGraphPath('/beta/communications/callRecordsX/rec')).toBe(
      '/beta/communications/callRecordsX/rec',
    )
    expect(canonicalGraphPath('/beta/communications/callRecords/SESSIONS/Sessions')).toBe(
      '/beta/communications/callRecords/SESSIONS/sessions',
    )
  })
})
