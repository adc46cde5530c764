/** Resolves in a new task (a MessageChannel message, not clamped like setTimeout): lets input run in between. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      resolve()
    }
    channel.port2.postMessage(null)
  })
}
