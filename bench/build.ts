import { fileURLToPath } from 'node:url'
import { build } from 'vite'

export const OUT = fileURLToPath(new URL('results/build/', import.meta.url))
export const APP_DIR = `${OUT}app`
export const RJSF_DIR = `${OUT}rjsf`

/** Production builds of the app (its own vite.config.ts) and of the react-jsonschema-form peer. */
export async function buildAll(): Promise<void> {
  const root = fileURLToPath(new URL('..', import.meta.url))
  await build({
    root,
    configFile: `${root}vite.config.ts`,
    logLevel: 'warn',
    build: { outDir: APP_DIR, emptyOutDir: true, sourcemap: false },
  })
  await build({
    configFile: fileURLToPath(new URL('rjsf/vite.config.ts', import.meta.url)),
    build: { outDir: RJSF_DIR, emptyOutDir: true },
  })
}
