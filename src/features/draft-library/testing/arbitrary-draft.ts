import fc from 'fast-check'
import { bodyToText, textToBody } from '#src/features/parameter-sets/body-text.ts'
import { IDENTITY_KEYS } from '#src/features/parameter-sets/cloud-communications-identity.ts'
import { arbitrarySession } from '#src/features/schema/testing/arbitrary-session.ts'
import type { LoadedDraft } from '../draft-codec.ts'

const identity = fc
  .uniqueArray(fc.tuple(fc.constantFrom(...IDENTITY_KEYS), fc.string({ minLength: 1, maxLength: 40 })), {
    maxLength: 4,
    selector: ([key]) => key,
  })
  .map((entries) => Object.fromEntries(entries))

/** Drafts as the store holds them: every parameter set, JSON-mode text valid, reformatted or broken. */
export const arbitraryDraft = (depth = 4): fc.Arbitrary<LoadedDraft> =>
  fc
    .record({
      target: fc.constantFrom('CallRecordId' as const, 'InputObject' as const),
      bodyKind: fc.constantFrom('Expanded' as const, 'BodyParameter' as const),
      callRecordId: fc.string({ maxLength: 40 }),
      inputObject: identity,
      body: arbitrarySession(depth),
      text: fc.constantFrom('pretty', 'compact', 'broken'),
      tail: fc.string({ minLength: 1, maxLength: 8 }),
      whatIf: fc.boolean(),
      confirm: fc.boolean(),
    })
    .map(({ text, tail, ...draft }) => {
      if (draft.bodyKind === 'Expanded') return { ...draft, bodyText: null, bodyTextProblem: null }
      const pretty = bodyToText(draft.body)
      const bodyText =
        text === 'pretty' ? pretty : text === 'compact' ? pretty.replace(/\n\s*/g, '') : `${pretty}${tail}`
      const parsed = textToBody(bodyText)
      return {
        ...draft,
        body: parsed.ok ? parsed.body : draft.body,
        bodyText,
        bodyTextProblem: parsed.ok ? null : parsed.problem,
      }
    })
