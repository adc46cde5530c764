import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup()
})

// happy-dom lays nothing out: every element is 0 px high. The virtualised text views (the request preview)
// show the lines that fit their height, so give elements a window's height to show their first lines.
Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
  configurable: true,
  get: () => 600,
})

// happy-dom's Web Animations reject the `finished` promise of a cancelled animation unhandled (browsers mark it
// handled). Without `animate`, Fluent's motion takes its own path for test environments and ends at once.
Object.defineProperty(Element.prototype, 'animate', { configurable: true, value: undefined })
