// @ts-check
import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import { importX } from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/**
 * Which feature may import which. A feature's folder shows the feature; `app/` is where features meet.
 * `schema` imports nothing; `graph` is handed a token getter and never imports `auth`.
 */
const allowedImports = {
  schema: [],
  'parameter-sets': ['schema'],
  'open-draft': ['schema', 'parameter-sets'],
  'invocation-bar': ['schema', 'parameter-sets', 'open-draft'],
  request: ['schema', 'parameter-sets', 'open-draft', 'graph'],
  form: ['schema', 'open-draft'],
  'body-json': ['schema', 'parameter-sets', 'open-draft'],
  templates: ['schema', 'open-draft'],
  generator: ['schema', 'open-draft'],
  auth: [],
  settings: [],
  graph: ['schema'],
  send: ['schema', 'parameter-sets', 'open-draft', 'request', 'graph'],
  'draft-library': ['schema', 'parameter-sets', 'open-draft'],
  files: ['schema', 'parameter-sets', 'open-draft', 'draft-library'],
  share: ['schema', 'parameter-sets', 'open-draft', 'draft-library'],
  presenter: ['schema'],
  bulk: ['schema', 'parameter-sets', 'open-draft', 'request', 'generator', 'graph'],
  subscriptions: ['graph'],
}

const featureZones = Object.entries(allowedImports).map(([feature, allowed]) => ({
  target: `./src/features/${feature}`,
  from: './src/features',
  except: [`./${feature}`, ...allowed.map((name) => `./${name}`)],
  message: `features/${feature} may import only: ${allowed.join(', ') || 'nothing from other features'}.`,
}))

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'test-results',
      'playwright-report',
      '.data',
      '.scratch',
      'bench/results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-expect-error': 'allow-with-description' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      'import-x/order': [
        'error',
        {
          groups: ['builtin', 'external', 'internal', 'parent', 'sibling', 'index'],
          pathGroups: [{ pattern: '#src/**', group: 'internal' }],
          'newlines-between': 'never',
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...featureZones,
            {
              target: './src/lib',
              from: ['./src/features', './src/app', './src/components'],
              message: 'lib is the bottom layer.',
            },
            {
              target: './src/components',
              from: ['./src/features', './src/app'],
              message: 'ui components know no features.',
            },
            { target: './src/features', from: './src/app', message: 'features do not import the app shell.' },
            {
              target: './sandbox',
              from: './src',
              except: ['./features/schema', './lib'],
              message: 'the sandbox shares only the schema and lib with the app.',
            },
          ],
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@azure/msal-*'],
              message: 'Only src/features/auth imports MSAL.',
            },
          ],
        },
      ],
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['src/features/auth/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['sandbox/**', 'scripts/**', 'e2e/**', 'bench/**', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'e2e/**', 'bench/**'],
    rules: {
      'import-x/no-restricted-paths': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
)
