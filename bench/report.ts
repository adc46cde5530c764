import { readFile, writeFile } from 'node:fs/promises'
import { format, resolveConfig } from 'prettier'
import type { KeyStats, LargeSummary, SizeSummary } from './summary.ts'

export interface Machine {
  date: string
  commit: string
  cpus: number
  cpuModel: string
  memory: string
  os: string
  chromium: string
  node: string
  command: string
  /** 1-minute load average before and after the run: above the CPU count, other work skewed the tails. */
  load: [number, number]
}

export interface Report {
  machine: Machine
  reps: { app: number; rjsf: Record<string, number> }
  emptyPage: KeyStats
  sizes: SizeSummary[]
  large: LargeSummary | null
}

const ms = (n: number) =>
  Number.isFinite(n) ? (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(1)) : '–'
const pair = (p: { median: number; p95: number }) => `${ms(p.median)} / ${ms(p.p95)}`
const ratio = (a: number, b: number) =>
  b > 0 && Number.isFinite(a) ? `${(a / b).toFixed(a / b >= 10 ? 0 : 1)}×` : '–'

/** The results as Markdown: the side-by-side table, the 4 MB body, the floor of the method, the machine. */
export function markdown(report: Report): string {
  const { machine, sizes, large, emptyPage } = report
  const lines = [
    `Run ${machine.date} at \`${machine.commit}\` — ${machine.cpus} × ${machine.cpuModel}, ${machine.memory} RAM, ${machine.os}, ${machine.chromium} (headless, \`--disable-gpu\`), Node ${machine.node}; load average ${machine.load.map((l) => l.toFixed(1)).join(' → ')}. Command: \`${machine.command}\`.`,
    '',
    `Repetitions per size: app ${report.reps.app}; react-jsonschema-form ${Object.entries(report.reps.rjsf)
      .map(([size, n]) => `${size} ${n}`)
      .join(
        ', ',
      )} (interleaved with the app's). Keystroke figures pool all keys of all repetitions (20 per repetition).`,
    '',
    '| size | variant | controls in the DOM | open from template / from JSON (ms) | key→handlers med / p95 (ms) | key→next frame med / p95 (ms) | keys delayed > 4 ms | expanded → JSON first / again / → expanded (ms) | preview update (ms) |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|',
  ]
  for (const { size, shape, bytes, app, rjsf } of sizes) {
    const name = `${size} (${shape.segments}×${shape.mediaPerSegment}×${shape.streamsPerMedia}, ${Math.round(bytes / 1024).toLocaleString('en-US')} kB)`
    lines.push(
      `| ${name} | **this app** | ${app.controls.toLocaleString('en-US')} | ${ms(app.openFromTemplate)} / ${ms(app.openFromJson)} | ${pair(app.keys.handlers)} | ${pair(app.keys.frame)} | ${app.keys.delayed} of ${app.keys.keys} | ${ms(app.toJsonFirst)} / ${ms(app.toJson)} / ${ms(app.toFields)} | ${ms(app.previewUpdate)} |`,
      `| ${size} | react-jsonschema-form | ${rjsf.controls.toLocaleString('en-US')} | ${ms(rjsf.open)} | ${pair(rjsf.keys.handlers)} | ${pair(rjsf.keys.frame)} | ${rjsf.keys.delayed} of ${rjsf.keys.keys} | n/a | n/a |`,
      `| ${size} | rjsf ÷ app | ${ratio(rjsf.controls, app.controls)} | ${ratio(rjsf.open, app.openFromTemplate)} | ${ratio(rjsf.keys.handlers.median, app.keys.handlers.median)} / ${ratio(rjsf.keys.handlers.p95, app.keys.handlers.p95)} | ${ratio(rjsf.keys.frame.median, app.keys.frame.median)} / ${ratio(rjsf.keys.frame.p95, app.keys.frame.p95)} | | | |`,
    )
  }
  lines.push(
    '',
    `Floor of the method (an empty page with one input, same keys, same pauses): key→handlers ${pair(emptyPage.handlers)} ms, key→next frame ${pair(emptyPage.frame)} ms.`,
  )
  const l = sizes.find((s) => s.size === 'L')
  if (l) {
    lines.push(
      '',
      `Details at L: select segment / media / stream ${ms(l.app.select.segment)} / ${ms(l.app.select.media)} / ${ms(l.app.select.stream)} ms; paste painted ${ms(l.app.paste)} ms, previewed ${ms(l.app.pastePreviewed)} ms; longest task after typing ${ms(l.app.afterTypingLongest)} ms; long tasks while typing ${l.app.keys.longTasks}; longest task anywhere in the app's runs ${ms(l.app.longestTask)} ms.`,
    )
  }
  if (large) {
    const row = (label: string, p: LargeSummary['paste']) =>
      `| ${label} | ${ms(p.ms)} | ${ms(p.inputWait)} (${p.probes} keys) | ${ms(p.longestTask)} | ${ms(p.blocking)} |`
    lines.push(
      '',
      `A BodyParameter at Graph's limit: ${large.bytes.toLocaleString('en-US')} bytes sent (compact), pasted as ${large.chars.toLocaleString('en-US')} characters of two-space JSON. While each step runs, Shift is pressed every ~40 ms; "input waited" is the longest any of those keys waited for the main thread.`,
      '',
      '| step | done (ms) | input waited, longest (ms) | longest task (ms) | blocking time > 50 ms (ms) |',
      '|---|--:|--:|--:|--:|',
      row('paste into the BodyParameter editor → painted', large.paste),
      `| … → request preview shows it (debounces included) | ${ms(large.previewed)} | | | |`,
      row('CreateExpanded → outline painted', large.toFields),
      row('Create (back to JSON) → editor painted', large.toJson),
      row('Templates menu → outline painted', large.fromTemplate),
      '',
      `Longest wait for input in the 4 MB runs: **${ms(large.longestInputWait)} ms**; longest task: ${ms(large.longestTask)} ms (budget: no input blocked over 200 ms).`,
    )
  }
  return lines.join('\n')
}

const BEGIN = '<!-- bench:results:begin -->'
const END = '<!-- bench:results:end -->'

/** Replaces the generated part of docs/performance.md, keeping the prose around it. */
export async function updateDoc(path: string, body: string): Promise<boolean> {
  const text = await readFile(path, 'utf8').catch(() => '')
  const start = text.indexOf(BEGIN)
  const end = text.indexOf(END)
  if (start === -1 || end < start) return false
  const updated = `${text.slice(0, start + BEGIN.length)}\n${body}\n${text.slice(end)}`
  // Formatted as the repository formats Markdown, so the page stays as Prettier keeps it.
  await writeFile(path, await format(updated, { ...(await resolveConfig(path)), filepath: path }))
  return true
}
