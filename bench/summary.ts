import type { AppRun } from './app-scenario.ts'
import type { LargeBodyRun, Phase } from './large-body.ts'
import type { LongTask } from './probe.ts'
import type { RjsfRun } from './rjsf-scenario.ts'
import type { SizeName } from './sessions.ts'
import { median, percentile, round1 } from './stats.ts'
import type { Typing } from './typing.ts'

export interface KeyStats {
  keys: number
  handlers: { median: number; p95: number }
  frame: { median: number; p95: number }
  /** Keys that waited more than 4 ms behind other work before their keydown ran. */
  delayed: number
  longTasks: number
}

export function keyStats(typings: readonly Typing[]): KeyStats {
  const keys = typings.flatMap((typing) => typing.keys)
  const pair = (values: number[]) => ({ median: round1(median(values)), p95: round1(percentile(values, 95)) })
  return {
    keys: keys.length,
    handlers: pair(keys.map((key) => key.handlers)),
    frame: pair(keys.map((key) => key.frame)),
    delayed: keys.filter((key) => key.queued > 4).length,
    longTasks: typings.reduce((sum, typing) => sum + typing.longTasks.length, 0),
  }
}

const longest = (tasks: readonly LongTask[]) => round1(Math.max(0, ...tasks.map((task) => task.duration)))
const med = (values: number[]) => round1(median(values))

export interface AppSummary {
  controls: number
  openFromTemplate: number
  openFromJson: number
  paste: number
  pastePreviewed: number
  select: { segment: number; media: number; stream: number }
  keys: KeyStats
  previewUpdate: number
  afterTypingLongest: number
  toJsonFirst: number
  toJson: number
  toFields: number
  longestTask: number
}

export function summariseApp(runs: readonly AppRun[]): AppSummary {
  return {
    controls: med(runs.map((run) => run.controls)),
    openFromTemplate: med(runs.map((run) => run.openFromTemplate)),
    openFromJson: med(runs.map((run) => run.openFromJson)),
    paste: med(runs.map((run) => run.paste)),
    pastePreviewed: med(runs.map((run) => run.pastePreviewed)),
    select: {
      segment: med(runs.map((run) => run.select.segment)),
      media: med(runs.map((run) => run.select.media)),
      stream: med(runs.map((run) => run.select.stream)),
    },
    keys: keyStats(runs.map((run) => run.typing)),
    previewUpdate: med(runs.map((run) => run.previewUpdate)),
    afterTypingLongest: longest(runs.flatMap((run) => run.afterTyping)),
    toJsonFirst: med(runs.map((run) => run.switches[0]?.toJson ?? Number.NaN)),
    toJson: med(runs.flatMap((run) => run.switches.slice(1).map((s) => s.toJson))),
    toFields: med(runs.flatMap((run) => run.switches.map((s) => s.toFields))),
    longestTask: longest(runs.flatMap((run) => Object.values(run.longTasks).flat())),
  }
}

export interface RjsfSummary {
  controls: number
  open: number
  keys: KeyStats
}

export function summariseRjsf(runs: readonly RjsfRun[]): RjsfSummary {
  return {
    controls: med(runs.map((run) => run.controls)),
    open: med(runs.map((run) => run.open)),
    keys: keyStats(runs.map((run) => run.typing)),
  }
}

export interface PhaseSummary {
  ms: number
  longestTask: number
  /** Sum over long tasks of their time beyond 50 ms (Lighthouse's "total blocking time"). */
  blocking: number
  /** The longest a key pressed during the phase waited before its handler ran. */
  inputWait: number
  probes: number
}

const phase = (p: Phase): PhaseSummary => ({
  ms: round1(p.ms),
  longestTask: longest(p.longTasks),
  blocking: round1(p.longTasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0)),
  inputWait: round1(p.input.longestWait),
  probes: p.input.probes,
})

export interface LargeSummary {
  chars: number
  bytes: number
  paste: PhaseSummary
  previewed: number
  toFields: PhaseSummary
  toJson: PhaseSummary
  fromTemplate: PhaseSummary
  longestTask: number
  longestInputWait: number
}

export function summariseLarge(run: LargeBodyRun): LargeSummary {
  const phases = [run.paste, run.toFields, run.toJson, run.fromTemplate]
  return {
    chars: run.chars,
    bytes: run.bytes,
    paste: phase(run.paste),
    previewed: round1(run.previewed),
    toFields: phase(run.toFields),
    toJson: phase(run.toJson),
    fromTemplate: phase(run.fromTemplate),
    longestTask: longest(phases.flatMap((p) => p.longTasks)),
    longestInputWait: round1(Math.max(...phases.map((p) => p.input.longestWait))),
  }
}

export interface SizeSummary {
  size: SizeName
  shape: { segments: number; mediaPerSegment: number; streamsPerMedia: number }
  bytes: number
  app: AppSummary
  rjsf: RjsfSummary
}
