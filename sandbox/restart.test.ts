import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { sampleWithId } from './testing/sample-session.ts'
import { startTestServer, type TestServer } from './testing/test-server.ts'

const servers: TestServer[] = []
afterAll(async () => {
  await servers.at(-1)?.dispose()
})

it('keeps sessions, the certificate and the signing key across a restart on the same data directory', async () => {
  const first = await startTestServer()
  servers.push(first)
  const token = await first.token()
  const path = '/beta/communications/callRecords/kept/sessions'
  const created = await first.fetch(path, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: sampleWithId('survivor'),
  })
  expect(created.status, created.text).toBe(201)
  const cert = readFileSync(join(first.dataDir, 'cert.pem'), 'utf8')
  await first.stop()

  const second = await first.restart()
  servers.push(second)
  expect(second.server.origin).toBe(first.server.origin)
  expect(readFileSync(join(second.dataDir, 'cert.pem'), 'utf8')).toBe(cert)
  // The token from before the restart still verifies: the signing key was kept, not regenerated.
  const again = await second.fetch(`${path}/survivor?$expand=segments`, {
    headers: { Authorization: `Bearer ${token}` },
  })
  expect(again.status, again.text).toBe(200)
  expect(again.text).toContain(sampleWithId('survivor').slice(1))
  expect(again.text).toContain('"packetUtilization":9007199254740993')
  expect(again.text).toContain('"averagePacketLossRate":null')
  expect(again.text).toContain('"customerNote@contoso.lab":{"z":1,"a":2.50,"10":null}')
})
