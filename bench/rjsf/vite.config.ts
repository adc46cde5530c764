import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// @rjsf/validator-ajv8 and ajv-formats each bring their own ajv 8 (the top-level one is eslint's ajv 6):
// resolve every `ajv` import to one copy, so Ajv2020 and the formats share it.
const ajv8 = fileURLToPath(
  new URL('../../node_modules/@rjsf/validator-ajv8/node_modules/ajv', import.meta.url),
)

/** The peer the app is measured against: react-jsonschema-form over the same JSON Schema and data. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/rjsf/',
  plugins: [react()],
  resolve: { alias: [{ find: /^ajv(\/.*)?$/, replacement: `${ajv8}$1` }] },
  build: { target: 'es2022', chunkSizeWarningLimit: 4096 },
  logLevel: 'warn',
})
