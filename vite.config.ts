import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // The budget (300 kB gzip initial JS) is checked by a test, not by Vite's warning.
    chunkSizeWarningLimit: 2048,
    rolldownOptions: {
      // redirect.html is MSAL's popup bridge: the sign-in window returns there, not to the app.
      input: {
        main: fileURLToPath(new URL('index.html', import.meta.url)),
        redirect: fileURLToPath(new URL('redirect.html', import.meta.url)),
      },
      output: {
        codeSplitting: {
          groups: [
            // zod with the setting that keeps it from eval (the CSP forbids it), in one chunk: every chunk that
            // builds a schema imports this one, so the setting is made before any schema parses anything.
            { name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]src[\\/]zod-without-eval\.ts$/ },
          ],
        },
      },
    },
  },
})
