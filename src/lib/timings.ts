/**
 * Every wait in the app, named by what it waits for. Debounces hold work back until a change pauses, so work
 * that the next keystroke would make obsolete is never done; most figures were chosen with the benchmark
 * (docs/performance.md): people type 150–250 ms apart, and work landing between two keys of a word delays
 * the second.
 */

/** Validation of the body: long enough that "0." on the way to "0.5" is not flagged mid-word. */
export const TYPING_PAUSE_BEFORE_VALIDATION_MS = 300

/** The request preview (and Send's blockers) of a body up to PREVIEW_LARGE_BODY_BYTES: almost at once. */
export const TYPING_PAUSE_BEFORE_PREVIEW_MS = 40
/** The preview of a larger body waits for a real pause: rebuilt between two keys it only delays the next. */
export const TYPING_PAUSE_BEFORE_LARGE_PREVIEW_MS = 400
export const PREVIEW_LARGE_BODY_BYTES = 64 * 1024

/** The BodyParameter editor hands its text to the draft (parse, then validation) after this pause… */
export const TYPING_PAUSE_BEFORE_JSON_PARSE_MS = 150
/** …or after this one for a text of JSON_LARGE_TEXT_CHARS or more, where a parse costs tens of ms. */
export const TYPING_PAUSE_BEFORE_LARGE_JSON_PARSE_MS = 600
export const JSON_LARGE_TEXT_CHARS = 200_000

/** Autosave starts once edits pause this long, then waits for idle time (at most AUTOSAVE_IDLE_MS). */
export const EDIT_PAUSE_BEFORE_AUTOSAVE_MS = 600
export const AUTOSAVE_IDLE_MS = 1000

/** Sessions on the target are listed for a CallRecordId once typing in it pauses (a GET per key is waste). */
export const TYPING_PAUSE_BEFORE_LISTING_SESSIONS_MS = 400

/** "Copied" (or "Copy failed") shows this long on a copy button. */
export const COPY_FEEDBACK_MS = 2000

/** The browser's storage must open within this, or the app starts without saved drafts. */
export const STORAGE_OPEN_TIMEOUT_MS = 5000

/** A download's object URL is revoked this long after the click (some browsers read it after click()). */
export const DOWNLOAD_URL_LIFETIME_MS = 60_000

/** One attempt of a Graph request, from sending to the answer's last byte. */
export const GRAPH_ATTEMPT_TIMEOUT_MS = 100_000

/**
 * The Graph SDKs' RetryHandler (Kiota; what the PowerShell SDK uses): 429, 503 and 504 are retried at most
 * 3 times; the wait is Retry-After, else 2^n × 3 s for the n-th retry counted from 0, never more than 180 s.
 */
export const GRAPH_RETRIES = 3
export const GRAPH_RETRY_BASE_DELAY_MS = 3_000
export const GRAPH_RETRY_MAX_DELAY_MS = 180_000

/** Long work (validating, serialising a 4 MB body) runs in slices of this much, yielding to input between. */
export const WORK_SLICE_MS = 8
