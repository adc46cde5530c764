import fc from 'fast-check'

/**
 * How many cases each property-based test tries. A few hundred keeps `npm test` quick on a busy 2-core machine;
 * `npm run fuzz` sets FAST_CHECK_RUNS=10000 to search much harder. Tests never set their own count, so the
 * environment decides for all of them.
 */
const runs = Number(process.env.FAST_CHECK_RUNS ?? 200)
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`FAST_CHECK_RUNS must be a positive whole number, not ${process.env.FAST_CHECK_RUNS}`)
fc.configureGlobal({
  numRuns: runs,
  ...(process.env.FAST_CHECK_SEED ? { seed: Number(process.env.FAST_CHECK_SEED) } : {}),
})
