import { MAX_BODY_BYTES } from './build-request.ts'

const count = new Intl.NumberFormat('en-US')
const percent = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })

/** "1,234 bytes of 4,194,304 (0.03%)": the body against Graph's 4 MB write limit. */
export function formatSize(bytes: number): string {
  const unit = bytes === 1 ? 'byte' : 'bytes'
  return `${count.format(bytes)} ${unit} of ${count.format(MAX_BODY_BYTES)} (${percent.format((bytes / MAX_BODY_BYTES) * 100)}%)`
}
