import Form from '@rjsf/core'
import type { RJSFSchema } from '@rjsf/utils'
import { customizeValidator } from '@rjsf/validator-ajv8'
import Ajv2020 from 'ajv/dist/2020.js'
import { StrictMode, useState } from 'react'
import { createRoot } from 'react-dom/client'

/**
 * The benchmark's peer: @rjsf/core with the ajv8 validator (draft 2020-12, as `npm run schema` declares),
 * fed the app's JSON Schema and `JSON.parse` of the same session text. It renders the whole form at once,
 * which is how react-jsonschema-form works. "Render" starts the clock (the bench clicks it).
 */
const size = new URLSearchParams(location.search).get('size') ?? 'S'

async function load(): Promise<{ schema: RJSFSchema; data: unknown }> {
  const [schema, data] = await Promise.all(
    [`/bench-data/schema.json`, `/bench-data/${size}.json`].map(async (url) => {
      const response = await fetch(url)
      if (!response.ok) throw new Error(`${url}: ${response.status}`)
      return (await response.json()) as unknown
    }),
  )
  return { schema: schema as RJSFSchema, data }
}

const validator = customizeValidator({ AjvClass: Ajv2020 })

function Harness({ schema, data }: { schema: RJSFSchema; data: unknown }) {
  const [shown, setShown] = useState(false)
  return shown ? (
    <Form schema={schema} validator={validator} formData={data} />
  ) : (
    <button
      type="button"
      onClick={() => {
        setShown(true)
      }}
    >
      Render
    </button>
  )
}

const root = document.getElementById('root')
if (!root) throw new Error('no #root')
const { schema, data } = await load()
createRoot(root).render(
  <StrictMode>
    <Harness schema={schema} data={data} />
  </StrictMode>,
)
