/** How an app subscribes a webhook on this machine to call records, with the Graph SDK (a `client` made elsewhere). */
export function subscribeSnippet(baseUrl: string): string {
  const origin = new URL(baseUrl).origin
  return [
    `// client = Client.init({ baseUrl: '${origin}', defaultVersion: 'beta', … }): see the README`,
    "await client.api('/subscriptions').post({",
    "  changeType: 'created,updated',",
    "  notificationUrl: 'http://localhost:7071/notifications',",
    "  resource: '/communications/callRecords',",
    '  expirationDateTime: new Date(Date.now() + 4200 * 60_000).toISOString(),',
    "  clientState: 'my-secret',",
    '})',
  ].join('\n')
}
