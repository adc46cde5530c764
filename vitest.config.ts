import { defineConfig } from 'vitest/config'

// `npm run fuzz` runs every property 10,000 times: no per-test time limit there. Otherwise a test gets 20 s,
// far above what the slowest one takes on a loaded 2-core machine (see docs/testing.md).
const fuzzing = Number(process.env.FAST_CHECK_RUNS ?? 0) > 1000

export default defineConfig({
  test: {
    testTimeout: fuzzing ? 0 : 20_000,
    hookTimeout: fuzzing ? 0 : 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['src/**/*.test.ts', 'sandbox/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['./vitest.setup.ts'],
        },
      },
      {
        // Components and hooks, rendered with Testing Library into happy-dom (a DOM without layout).
        extends: true,
        test: {
          name: 'dom',
          include: ['src/**/*.test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['./vitest.setup.ts', './vitest.dom-setup.ts'],
        },
      },
    ],
  },
})
