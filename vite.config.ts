import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // The budget (300 kB gzip initial JS) is checked by a test, not by Vite's warning.
    chunkSizeWarningLimit: 2048,
  },
})
