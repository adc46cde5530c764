/** The few IndexedDB calls the drafts need, as promises. */
export function requestResult(request: IDBRequest): Promise<unknown> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => {
      resolve(request.result)
    }
    request.onerror = () => {
      reject(request.error ?? new Error('IndexedDB request failed'))
    }
  })
}

export function transactionDone(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => {
      resolve()
    }
    const fail = () => {
      reject(transaction.error ?? new Error('IndexedDB transaction failed'))
    }
    transaction.onerror = fail
    transaction.onabort = fail
  })
}

export function openDatabase(
  name: string,
  version: number,
  upgrade: (database: IDBDatabase) => void,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version)
    request.onupgradeneeded = () => {
      upgrade(request.result)
    }
    request.onsuccess = () => {
      resolve(request.result)
    }
    request.onerror = () => {
      reject(request.error ?? new Error('IndexedDB is not available'))
    }
    request.onblocked = () => {
      reject(
        new Error('Another tab holds an older version of the drafts database open; close it and reload.'),
      )
    }
  })
}
