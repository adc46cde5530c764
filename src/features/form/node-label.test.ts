import { describe, expect, it } from 'vitest'
import { fromPlain } from '#src/lib/json/plain.ts'
import { nodeDetail, nodeKind, nodeTitle } from './node-label.ts'

describe('outline labels', () => {
  it('names nodes by kind and one-based position', () => {
    expect(nodeKind([])).toBe('session')
    expect(nodeTitle(['segments', 1])).toBe('Segment 2')
    expect(nodeTitle(['segments', 1, 'media', 0])).toBe('Media 1')
    expect(nodeTitle(['segments', 1, 'media', 0, 'streams', 7])).toBe('Stream 8')
  })

  it('tells nodes apart by their content', () => {
    const segment = fromPlain({
      startDateTime: '2020-02-25T18:52:21.2169889Z',
      endDateTime: '2020-02-25T18:52:46Z',
    })
    expect(nodeDetail(['segments', 0], segment)).toBe('18:52:21–18:52:46')
    expect(nodeDetail(['segments', 0], fromPlain({ startDateTime: 'soon' }))).toBe('')
    expect(nodeDetail(['segments', 0, 'media', 0], fromPlain({ label: 'main-audio' }))).toBe('main-audio')
    expect(
      nodeDetail(
        ['segments', 0, 'media', 0, 'streams', 1],
        fromPlain({ streamId: '17', streamDirection: 'calleeToCaller' }),
      ),
    ).toBe('calleeToCaller · 17')
  })
})
