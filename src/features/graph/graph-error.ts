import { z } from 'zod'

/** Graph's OData error (`microsoft.graph.ODataErrors.ODataError`); extra keys are kept to be shown. */
export const graphErrorBody = z.object({
  error: z
    .object({
      code: z.string(),
      message: z.string(),
      target: z.string().nullish(),
      details: z
        .array(z.object({ code: z.string(), message: z.string(), target: z.string().nullish() }).loose())
        .nullish(),
      // "The structure of this object is service-specific"; date has no zone and no fraction.
      innerError: z
        .object({
          date: z.string().optional(),
          'request-id': z.string().optional(),
          'client-request-id': z.string().optional(),
        })
        .loose()
        .optional(),
    })
    .loose(),
})

export type GraphError = z.infer<typeof graphErrorBody>['error']

/** The Graph error in a response body, or null when the body is something else (HTML, text, other JSON). */
export function parseGraphError(text: string): GraphError | null {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return null
  }
  const parsed = graphErrorBody.safeParse(json)
  return parsed.success ? parsed.data.error : null
}
