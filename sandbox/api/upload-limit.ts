import type { MiddlewareHandler } from 'hono'
import { MAX_WRITE_BYTES } from '../web/upload.ts'
import type { ApiEnv } from './api-env.ts'
import { graphError } from './graph-error.ts'

/**
 * A body the server refused to read (over its path's limit) is answered 413 before anything else, as
 * Graph's front door does; the server then drains the rest of the upload and closes the connection.
 */
export const refuseOversizedUpload: MiddlewareHandler<ApiEnv> = async (c, next) => {
  const upload = c.env.upload
  if (!upload?.tooLarge) return next()
  const limit = upload.limit.toLocaleString('en-US')
  const message =
    upload.limit === MAX_WRITE_BYTES
      ? `The request body exceeds the ${limit}-byte (4 MB) limit for write requests.`
      : `The request body exceeds the ${limit}-byte limit for this resource.`
  return graphError(c, 413, 'RequestEntityTooLarge', message)
}
