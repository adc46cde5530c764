import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// Every `ajv` import resolves to the ajv 8 that @rjsf/validator-ajv8 gets (eslint's is ajv 6), wherever npm
// placed it (nested, or hoisted when another package also wants ajv 8), so Ajv2020 and the formats share it.
const validator = createRequire(import.meta.url).resolve('@rjsf/validator-ajv8')
const ajv8 = dirname(createRequire(validator).resolve('ajv/package.json'))

/** The peer the app is measured against: react-jsonschema-form over the same JSON Schema and data. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/rjsf/',
  plugins: [react()],
  resolve: { alias: [{ find: /^ajv(\/.*)?$/, replacement: `${ajv8}$1` }] },
  build: { target: 'es2022', chunkSizeWarningLimit: 4096 },
  logLevel: 'warn',
})
