import fc from 'fast-check'
import { arbitrarySession } from '#src/features/schema/testing/arbitrary-session.ts'
const t = (label: string, f: () => unknown) => { const s = performance.now(); const r = f(); console.log(label, (performance.now() - s).toFixed(0), 'ms'); return r }
t('gen 200 depth4', () => fc.sample(arbitrarySession(4), 200))
t('gen 200 depth4 again', () => fc.sample(arbitrarySession(4), 200))
const arb = arbitrarySession(4)
t('gen 200 same arb', () => fc.sample(arb, 200))
t('gen 200 same arb again', () => fc.sample(arb, 200))
