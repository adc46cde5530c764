import { z } from 'zod'

// zod builds faster object parsers with `new Function` where it may, and probes for it as schemas are built at
// start-up. The app's Content-Security-Policy forbids eval (no 'unsafe-eval'), and the probe alone is reported
// as a violation. Imported first by main.tsx, before any schema exists; the interpreter is as correct.
z.config({ jitless: true })
