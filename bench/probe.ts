/**
 * What runs inside the page. Each function is serialised by Playwright, so it may use nothing from this
 * module's scope; tsx wraps named inner functions in `__name(...)`, hence the shim installed first.
 */
export const NAME_SHIM = 'globalThis.__name ??= (fn) => fn'

export interface KeyRecord {
  /** The keydown's own timestamp (when the browser received the key), on the performance.now() clock. */
  t0: number
  /** Keydown timestamp → the keydown listener running: how long the key waited behind other work. */
  queued: number
  /** Keydown timestamp → end of the synchronous JavaScript the key caused (input handlers, React's render). */
  handlers: number
  /** Keydown timestamp → end of the next frame: requestAnimationFrame, then a task after it. */
  frame: number
}

export interface LongTask {
  start: number
  duration: number
}

declare global {
  interface Window {
    __bench: ProbeState
  }
}

export interface ProbeState {
  keys: KeyRecord[]
  longTasks: LongTask[]
  /** Timestamps of pointer clicks (capture phase), the start of every timed click. */
  clicks: number[]
  /** Times of DOM changes inside the watched element (see `watchMutations`). */
  mutations: number[]
}

/**
 * Installed before any page script: long tasks, clicks and, for every keydown, the two keystroke figures of
 * reference/performance-facts.md. "End of synchronous JS" is a microtask queued by an `input` listener on
 * the window: it runs after React's own input listener and after the microtask React renders in. Keys that
 * cause no `input` event take the end of their task instead (a message posted at keydown).
 */
export function installProbe(): void {
  const state: ProbeState = { keys: [], longTasks: [], clicks: [], mutations: [] }
  window.__bench = state
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      state.longTasks.push({ start: entry.startTime, duration: entry.duration })
  }).observe({ type: 'longtask', buffered: true })
  addEventListener('click', (event) => state.clicks.push(event.timeStamp), true)
  addEventListener(
    'keydown',
    (event) => {
      const record: KeyRecord = {
        t0: event.timeStamp,
        queued: performance.now() - event.timeStamp,
        handlers: Number.NaN,
        frame: Number.NaN,
      }
      state.keys.push(record)
      const onInput = () => {
        queueMicrotask(() => {
          record.handlers = performance.now() - record.t0
        })
      }
      addEventListener('input', onInput, { once: true })
      const taskEnd = new MessageChannel()
      taskEnd.port1.onmessage = () => {
        if (Number.isNaN(record.handlers)) record.handlers = performance.now() - record.t0
      }
      taskEnd.port2.postMessage(0)
      requestAnimationFrame(() => {
        const frameEnd = new MessageChannel()
        frameEnd.port1.onmessage = () => {
          record.frame = performance.now() - record.t0
          removeEventListener('input', onInput)
        }
        frameEnd.port2.postMessage(0)
      })
    },
    true,
  )
}

export type Condition =
  { kind: 'count'; selector: string; min: number } | { kind: 'text'; selector: string; pattern: string }

/**
 * Resolves with the end of the first frame (rAF, then a task) in which `condition` holds after a click that
 * happens once this is waiting, and the time from that click's timestamp. The caller clicks after starting this.
 */
export function waitPainted(condition: Condition): Promise<{ ms: number; clickAt: number }> {
  const state = window.__bench
  const clicksBefore = state.clicks.length
  const holds = () => {
    const found = document.querySelectorAll(condition.selector)
    if (condition.kind === 'count') return found.length >= condition.min
    const pattern = new RegExp(condition.pattern)
    return [...found].some((element) => pattern.test(element.textContent))
  }
  return new Promise((resolve) => {
    const check = () => {
      const clickAt = state.clicks[clicksBefore]
      if (clickAt !== undefined && holds()) {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => {
          resolve({ ms: performance.now() - clickAt, clickAt })
        }
        channel.port2.postMessage(0)
      } else requestAnimationFrame(check)
    }
    requestAnimationFrame(check)
  })
}

/** Resolves once the key pressed last has finished its next frame. */
export function lastKeyDone(count: number): Promise<KeyRecord> {
  const state = window.__bench
  return new Promise((resolve) => {
    const check = () => {
      const record = state.keys[count - 1]
      if (record && !Number.isNaN(record.frame) && !Number.isNaN(record.handlers)) resolve(record)
      else setTimeout(check, 5)
    }
    check()
  })
}

/** Lets the page settle: no long task and no mutation (when watched) for `quietMs`, or `maxMs` at most. */
export function settle({ quietMs, maxMs }: { quietMs: number; maxMs: number }): Promise<void> {
  const state = window.__bench
  const begun = performance.now()
  return new Promise((resolve) => {
    const check = () => {
      const now = performance.now()
      const lastTask = state.longTasks.at(-1)
      const lastBusy = Math.max(
        begun,
        lastTask ? lastTask.start + lastTask.duration : 0,
        state.mutations.at(-1) ?? 0,
      )
      if (now - lastBusy >= quietMs || now - begun >= maxMs) resolve()
      else setTimeout(check, 20)
    }
    setTimeout(check, 20)
  })
}

/** Records the time of every DOM change under the first element matching `selector`. */
export function watchMutations(selector: string): boolean {
  const state = window.__bench
  const target = document.querySelector(selector)
  if (!target) return false
  new MutationObserver(() => state.mutations.push(performance.now())).observe(target, {
    subtree: true,
    childList: true,
    characterData: true,
  })
  return true
}

/**
 * A paste into the focused element, as the browser dispatches it for Ctrl+V (one ClipboardEvent), then, for
 * each condition, the time from the paste to the end of the first frame in which it holds.
 */
export function pasteTimed({
  text,
  conditions,
}: {
  text: string
  conditions: Condition[]
}): Promise<number[]> {
  const holds = (condition: Condition) => {
    const found = document.querySelectorAll(condition.selector)
    if (condition.kind === 'count') return found.length >= condition.min
    const pattern = new RegExp(condition.pattern)
    return [...found].some((element) => pattern.test(element.textContent))
  }
  const target = document.activeElement ?? document.body
  const clipboardData = new DataTransfer()
  clipboardData.setData('text/plain', text)
  const begun = performance.now()
  target.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }))
  const times = conditions.map(() => Number.NaN)
  return new Promise((resolve) => {
    const check = () => {
      const now = conditions.map(
        (condition, index) => Number.isNaN(times[index] ?? Number.NaN) && holds(condition),
      )
      if (now.some(Boolean)) {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => {
          now.forEach((held, index) => {
            if (held) times[index] = performance.now() - begun
          })
          if (times.every((time) => !Number.isNaN(time))) resolve(times)
          else requestAnimationFrame(check)
        }
        channel.port2.postMessage(0)
      } else requestAnimationFrame(check)
    }
    requestAnimationFrame(check)
  })
}
