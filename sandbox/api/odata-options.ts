import { clip } from './graph-error.ts'

/** What one resource supports; any other system query option is refused with Graph's 400. */
export interface OptionRules {
  /** The entity type, for messages: `microsoft.graph.callRecords.session`. */
  type: string
  /** Properties `$select` may name; absent: `$select` is not allowed. */
  select?: readonly string[]
  /** Navigation properties `$expand` may name; absent: `$expand` is not allowed. */
  expand?: readonly string[]
  top?: boolean
  skipToken?: boolean
}

export interface ODataOptions {
  /** Undefined: every property. */
  select: string[] | undefined
  expand: string[]
  top: number | undefined
  skipToken: string | undefined
}

export type OptionsResult = { ok: true; options: ODataOptions } | { ok: false; message: string }

// OData's system query options, by the name AllowedQueryOptions gives them in Graph's "not allowed" message.
const SYSTEM: Record<string, string> = {
  select: 'Select',
  expand: 'Expand',
  filter: 'Filter',
  orderby: 'OrderBy',
  top: 'Top',
  skip: 'Skip',
  count: 'Count',
  search: 'Search',
  format: 'Format',
  skiptoken: 'SkipToken',
  deltatoken: 'DeltaToken',
  apply: 'Apply',
  compute: 'Compute',
  levels: 'Levels',
  index: 'Index',
  schemaversion: 'SchemaVersion',
}

/**
 * Reads the query's OData system options the way Graph's beta endpoint does: names in any case, the `$`
 * optional ("On the beta endpoint, the $ prefix is optional", Graph docs: Use query parameters), other
 * parameters left to the resource. Wording follows what Graph answers (seen in public reports):
 * - "The query specified in the URI is not valid. Query option 'Filter' is not allowed. To allow it, set the
 *   'AllowedQueryOptions' property on EnableQueryAttribute or QueryValidationSettings."
 *   (microsoftgraph/microsoft-graph-docs-contrib#94, #2556, #1749)
 * - "Parsing OData Select and Expand failed: Could not find a property named 'x' on type 'microsoft.graph.y'."
 *   (microsoft-graph-docs-contrib#4529)
 * - "Query option '$top' was specified more than once, but it must be specified at most once." (OData's
 *   URI parser, which Graph runs)
 * - an unknown `$` option: "The query parameter '$x' is not supported." (ASP.NET OData's query validation)
 */
export function readODataOptions(params: URLSearchParams, rules: OptionRules): OptionsResult {
  const seen = new Map<string, string>()
  for (const [rawName, value] of params) {
    const bare = rawName.startsWith('$') ? rawName.slice(1) : rawName
    const name = bare.toLowerCase()
    const option = SYSTEM[name]
    if (option === undefined) {
      if (rawName.startsWith('$')) {
        return { ok: false, message: `The query parameter '${clip(rawName, 64)}' is not supported.` }
      }
      continue // a custom query option: the resource's business, ignored here as Graph ignores unknown ones
    }
    if (seen.has(name)) {
      return {
        ok: false,
        message: `Query option '$${name}' was specified more than once, but it must be specified at most once.`,
      }
    }
    if (!allowed(name, rules)) {
      return {
        ok: false,
        message: `The query specified in the URI is not valid. Query option '${option}' is not allowed. To allow it, set the 'AllowedQueryOptions' property on EnableQueryAttribute or QueryValidationSettings.`,
      }
    }
    seen.set(name, value)
  }
  const select = names(seen.get('select'), rules.select ?? [], rules)
  if (!select.ok) return select
  const expand = names(seen.get('expand'), rules.expand ?? [], rules)
  if (!expand.ok) return expand
  const topText = seen.get('top')
  if (topText !== undefined && !/^\d{1,9}$/.test(topText)) {
    return {
      ok: false,
      message: `Invalid value '${clip(topText, 64)}' for $top query option found. It must be a non-negative integer.`,
    }
  }
  return {
    ok: true,
    options: {
      select: select.names,
      expand: expand.names ?? [],
      top: topText === undefined ? undefined : Number(topText),
      skipToken: seen.get('skiptoken'),
    },
  }
}

function allowed(name: string, rules: OptionRules): boolean {
  switch (name) {
    case 'select':
      return rules.select !== undefined
    case 'expand':
      return rules.expand !== undefined
    case 'top':
      return rules.top === true
    case 'skiptoken':
      return rules.skipToken === true
    default:
      return false
  }
}

/**
 * A `$select` or `$expand` list: known names in any case (Graph resolves them without regard to case), or `*`
 * for all of them; undefined when the option is absent.
 */
function names(
  value: string | undefined,
  known: readonly string[],
  rules: OptionRules,
): { ok: true; names: string[] | undefined } | { ok: false; message: string } {
  if (value === undefined || value.trim() === '') return { ok: true, names: undefined }
  const picked = new Set<string>()
  for (const term of value.split(',').map((part) => part.trim())) {
    if (term === '*') known.forEach((name) => picked.add(name))
    else if (!/^[\w.@#]+$/.test(term)) {
      return {
        ok: false,
        message: `Parsing OData Select and Expand failed: Term '${clip(term, 64)}' is not valid in a $select or $expand expression.`,
      }
    } else {
      const name = known.find((candidate) => candidate.toLowerCase() === term.toLowerCase())
      if (name !== undefined) {
        picked.add(name)
        continue
      }
      return {
        ok: false,
        message: `Parsing OData Select and Expand failed: Could not find a property named '${clip(term, 64)}' on type '${rules.type}'.`,
      }
    }
  }
  return { ok: true, names: [...picked] }
}
