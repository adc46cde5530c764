import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { INITIAL_JS_BUDGET, measureBundle, type Chunk } from './bundle-size.ts'

/** `npm run test:bundle [dist]`: fails when the initial JavaScript of a production build exceeds the budget. */
const dist = resolve(process.argv[2] ?? 'dist')
if (!existsSync(resolve(dist, 'index.html'))) {
  console.error(`No build in ${dist}: run \`npm run build\` first.`)
  process.exit(2)
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1).padStart(7)} kB`
const row = (c: Chunk) => `  ${kB(c.gzip)} gzip ${kB(c.bytes)} raw  ${c.file}`
// The composer screen is lazy: the first paint only says the draft is being restored, and it downloads beside.
const report = measureBundle(dist, /^assets\/composer-screen-[^/]+\.js$/)
console.log(`Initial JavaScript (${report.entry} and its static imports):`)
report.initial.forEach((c) => console.log(row(c)))
console.log(`Loaded lazily (dynamic imports, other pages):`)
report.lazy.forEach((c) => console.log(row(c)))
const total = `${kB(report.initialGzip).trim()} gzip of ${kB(INITIAL_JS_BUDGET).trim()}`
if (report.initialGzip > INITIAL_JS_BUDGET) {
  console.error(`Initial JavaScript over budget: ${total}.`)
  process.exit(1)
}
console.log(`Initial JavaScript within budget: ${total}.`)
console.log(
  `Before the composer can be used (initial + the composer screen): ${kB(report.readyGzip).trim()} gzip.`,
)
