import { expect } from 'vitest'
import { jsonEqual } from '#src/lib/json/equal.ts'
import type { LoadedDraft } from '../draft-codec.ts'

/** The same draft: bodies compared losslessly (number text, key order), the text problem by its message. */
export function expectSameDraft(actual: LoadedDraft, expected: LoadedDraft): void {
  const { body, bodyTextProblem, ...rest } = actual
  const { body: expectedBody, bodyTextProblem: expectedProblem, ...expectedRest } = expected
  expect(rest).toEqual(expectedRest)
  expect(jsonEqual(body, expectedBody)).toBe(true)
  expect(bodyTextProblem?.message).toEqual(expectedProblem?.message)
}
