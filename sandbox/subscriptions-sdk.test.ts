import type { Client } from '@microsoft/microsoft-graph-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { SANDBOX_TENANT_ID } from './identity.ts'
import { peerSession } from './testing/call-record-sessions.ts'
import { graphError, graphSdkFor } from './testing/graph-sdk-client.ts'
import { startTestServer, type TestServer } from './testing/test-server.ts'
import { WebhookReceiver, type Received } from './testing/webhook-receiver.ts'

let t: TestServer
let client: Client
let token: string
const receiver = new WebhookReceiver()
let hook: string

beforeAll(async () => {
  ;[t, hook] = await Promise.all([startTestServer(), receiver.start()])
  ;({ client, token } = await graphSdkFor(t))
})
afterAll(async () => {
  await receiver.close()
  await t.dispose()
})

const subscription = z
  .object({
    '@odata.context': z.string(),
    id: z.string(),
    resource: z.string(),
    changeType: z.string(),
    clientState: z.string().nullable(),
    notificationUrl: z.string(),
    expirationDateTime: z.string(),
    creatorId: z.string(),
  })
  .loose()
const notification = z.strictObject({
  value: z.array(
    z.strictObject({
      subscriptionId: z.string(),
      clientState: z.string().nullable(),
      changeType: z.enum(['created', 'updated']),
      resource: z.string(),
      subscriptionExpirationDateTime: z.string(),
      resourceData: z.strictObject({ '@odata.type': z.string(), '@odata.id': z.string(), id: z.string() }),
      tenantId: z.string(),
    }),
  ),
})
const deliveries = z.object({
  value: z.array(
    z
      .object({
        subscriptionId: z.string(),
        status: z.string(),
        attempts: z.number(),
        changeType: z.string(),
      })
      .loose(),
  ),
})

const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString()
const about = (callRecordId: string, changeType: string) => (r: Received) =>
  r.query.get('validationToken') === null &&
  notification
    .parse(JSON.parse(r.body))
    .value.some((n) => n.resourceData.id === callRecordId && n.changeType === changeType)

describe('change notifications for call records', () => {
  let id = ''

  it('validates the webhook, then notifies it when a call record is created and updated', async () => {
    const created = subscription.parse(
      await client.api('/subscriptions').post({
        changeType: 'created,updated',
        notificationUrl: hook,
        resource: '/communications/callRecords',
        expirationDateTime: inMinutes(4000),
        clientState: 'secret-state',
      }),
    )
    id = created.id
    expect(created).toMatchObject({
      '@odata.context': `${t.server.origin}/beta/$metadata#subscriptions/$entity`,
      resource: '/communications/callRecords',
      changeType: 'created,updated',
      clientState: 'secret-state',
      notificationUrl: hook,
    })
    const validation = await receiver.next((r) => r.query.get('validationToken') !== null)
    expect(validation.contentType).toMatch(/^text\/plain/)
    expect(validation.body).toBe('')

    const sent = performance.now()
    await client
      .api('/communications/callRecords/notified/sessions')
      .post(peerSession('n1', '2024-05-01T10:00:00Z', '2024-05-01T10:02:00Z'))
    const answered = performance.now()
    const first = await receiver.next(about('notified', 'created'))
    console.log(
      `[notifications] created: POST answered in ${Math.round(answered - sent)} ms, webhook reached ${Math.round(first.at - sent)} ms after the POST was sent`,
    )
    expect(first.contentType).toMatch(/^application\/json/)
    expect(notification.parse(JSON.parse(first.body)).value).toEqual([
      {
        subscriptionId: id,
        clientState: 'secret-state',
        changeType: 'created',
        resource: 'communications/callRecords/notified',
        subscriptionExpirationDateTime: created.expirationDateTime,
        resourceData: {
          '@odata.type': '#Microsoft.Graph.callrecord',
          '@odata.id': 'communications/callRecords/notified',
          id: 'notified',
        },
        tenantId: SANDBOX_TENANT_ID,
      },
    ])

    const sentAgain = performance.now()
    await client
      .api('/communications/callRecords/notified/sessions')
      .post(peerSession('n2', '2024-05-01T10:03:00Z', '2024-05-01T10:04:00Z'))
    const updated = await receiver.next(about('notified', 'updated'))
    console.log(
      `[notifications] updated: webhook reached ${Math.round(updated.at - sentAgain)} ms after the POST was sent`,
    )

    // What the consumer does next: read the record the notification names.
    const read = z
      .object({ version: z.number(), sessions: z.array(z.object({ id: z.string() }).loose()) })
      .loose()
      .parse(
        await client.api('/communications/callRecords/notified').expand('sessions($expand=segments)').get(),
      )
    expect([read.version, read.sessions.map((s) => s.id)]).toEqual([2, ['n2', 'n1']])

    const log = deliveries.parse(
      JSON.parse(
        (await t.fetch('/_sandbox/notifications', { headers: { Authorization: `Bearer ${token}` } })).text,
      ),
    )
    expect(log.value.slice(0, 2).map((d) => [d.changeType, d.status, d.attempts])).toEqual([
      ['updated', 'delivered', 1],
      ['created', 'delivered', 1],
    ])
    expect((await t.fetch('/_sandbox/notifications')).status).toBe(401)
  })

  it('lists, renews and deletes the subscription', async () => {
    const listed = z
      .object({ value: z.array(subscription.omit({ '@odata.context': true })) })
      .parse(await client.api('/subscriptions').get())
    expect(listed.value.map((s) => s.id)).toEqual([id])
    const renewed = subscription.parse(
      await client.api(`/subscriptions/${id}`).patch({ expirationDateTime: inMinutes(4200) }),
    )
    expect(Date.parse(renewed.expirationDateTime)).toBeGreaterThan(Date.now() + 4100 * 60_000)
    const tooLong = await graphError(
      client.api(`/subscriptions/${id}`).patch({ expirationDateTime: inMinutes(4300) }),
    )
    expect([tooLong.statusCode, tooLong.code, tooLong.message]).toEqual([
      400,
      'ExtensionError',
      'Subscription expiration can only be 4230 minutes in the future.',
    ])
    // Another user sees nothing of it.
    const other = await graphSdkFor(t, 'someone.else@contoso.sandbox')
    expect(
      z.object({ value: z.array(z.unknown()) }).parse(await other.client.api('/subscriptions').get()).value,
    ).toEqual([])
    expect((await graphError(other.client.api(`/subscriptions/${id}`).get())).statusCode).toBe(404)

    await client.api(`/subscriptions/${id}`).delete()
    expect((await graphError(client.api(`/subscriptions/${id}`).get())).statusCode).toBe(404)
  })

  it('refuses what Graph refuses, and webhooks that are not on this machine', async () => {
    const base = {
      changeType: 'created',
      notificationUrl: hook,
      resource: '/communications/callRecords',
      expirationDateTime: inMinutes(60),
    }
    const cases: [Record<string, unknown>, number, string, string][] = [
      [
        { ...base, expirationDateTime: undefined },
        400,
        'InvalidRequest',
        'expirationDateTime is a required property for subscription creation.',
      ],
      [
        { ...base, expirationDateTime: inMinutes(4231) },
        400,
        'ExtensionError',
        'Subscription expiration can only be 4230 minutes in the future.',
      ],
      [{ ...base, changeType: 'deleted' }, 400, 'InvalidRequest', "ChangeType 'deleted' is not supported"],
      [
        { ...base, resource: '/me/messages' },
        400,
        'InvalidRequest',
        "Resource '/me/messages' is not supported",
      ],
      [
        { ...base, colour: 'blue' },
        400,
        'BadRequest',
        "The property 'colour' does not exist on type 'microsoft.graph.subscription'.",
      ],
      [
        { ...base, notificationUrl: 'https://example.com/hook' },
        400,
        'InvalidRequest',
        "'example.com' is not one",
      ],
      [{ ...base, notificationUrl: 'http://10.0.0.1/hook' }, 400, 'InvalidRequest', "'10.0.0.1' is not one"],
      [
        { ...base, notificationUrl: 'ftp://localhost/hook' },
        400,
        'InvalidRequest',
        "NotificationUrl scheme='ftp' is not supported.",
      ],
    ]
    for (const [body, status, code, message] of cases) {
      const error = await graphError(client.api('/subscriptions').post(body))
      expect([error.statusCode, error.code, error.message]).toEqual([
        status,
        code,
        expect.stringContaining(message),
      ])
    }
    const before = receiver.received.length
    receiver.answer = (r, res) =>
      res.writeHead(200, { 'Content-Type': 'text/plain' }).end(`not ${r.query.get('validationToken') ?? ''}`)
    const mismatch = await graphError(client.api('/subscriptions').post(base))
    expect(mismatch.message).toBe(
      'Subscription validation request failed. Response must exactly match validationToken query parameter.',
    )
    receiver.answer = (_r, res) => res.writeHead(404).end()
    const refused = await graphError(client.api('/subscriptions').post(base))
    expect(refused.message).toBe(
      'Subscription validation request failed. Notification endpoint must respond with 200 OK to validation request.',
    )
    expect(receiver.received.length).toBe(before + 2)
    expect(
      z.object({ value: z.array(z.unknown()) }).parse(await client.api('/subscriptions').get()).value,
    ).toEqual([])
  })

  it('retries a webhook that fails, and keeps a subscription across a restart', async () => {
    let failures = 1
    receiver.answer = (r, res) => {
      const validation = r.query.get('validationToken')
      if (validation !== null) res.writeHead(200, { 'Content-Type': 'text/plain' }).end(validation)
      else if (failures-- > 0) res.writeHead(503).end()
      else res.writeHead(202).end()
    }
    const created = subscription.parse(
      await client.api('/subscriptions').post({
        changeType: 'created',
        notificationUrl: hook,
        resource: 'communications/callRecords',
        expirationDateTime: inMinutes(30),
      }),
    )
    await client
      .api('/communications/callRecords/retried/sessions')
      .post(peerSession('r1', '2024-06-01T10:00:00Z', '2024-06-01T10:01:00Z'))
    const received = receiver.received.filter(about('retried', 'created'))
    await receiver.next(
      (r) =>
        about('retried', 'created')(r) &&
        !received.includes(r) &&
        receiver.received.filter(about('retried', 'created')).length >= 2,
    )
    const log = deliveries.parse(
      JSON.parse(
        (await t.fetch('/_sandbox/notifications', { headers: { Authorization: `Bearer ${token}` } })).text,
      ),
    )
    expect(log.value[0]).toMatchObject({
      subscriptionId: created.id,
      status: 'delivered',
      attempts: 2,
      changeType: 'created',
    })

    await t.stop()
    t = await t.restart()
    ;({ client } = await graphSdkFor(t))
    const kept = z
      .object({ value: z.array(z.object({ id: z.string() }).loose()) })
      .parse(await client.api('/subscriptions').get())
    expect(kept.value.map((s) => s.id)).toEqual([created.id])
    await client
      .api('/communications/callRecords/after-restart/sessions')
      .post(peerSession('a1', '2024-07-01T10:00:00Z', '2024-07-01T10:01:00Z'))
    await receiver.next(about('after-restart', 'created'))
  })
})
