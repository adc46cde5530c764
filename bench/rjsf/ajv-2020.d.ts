// The top-level `ajv` is eslint's ajv 6; the Vite config resolves `ajv` to the ajv 8 that
// @rjsf/validator-ajv8 depends on, whose draft 2020-12 class this declares for TypeScript.
declare module 'ajv/dist/2020.js' {
  import type { CustomValidatorOptionsType } from '@rjsf/validator-ajv8'

  const Ajv2020: NonNullable<CustomValidatorOptionsType['AjvClass']>
  export default Ajv2020
}
