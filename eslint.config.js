// @ts-check
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const reactHooks = require('eslint-plugin-react-hooks');
const globals = require('globals');

module.exports = tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.kaira/', 'coverage/', 'test/generated/', 'test-results/', 'src/app/gql/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // type-graphql resolver lists are class references
      '@typescript-eslint/no-unsafe-function-type': 'off',
      'no-console': 'error',
    },
  },
  // The web app runs in the browser: React's hook rules, browser globals.
  {
    files: ['src/app/**/*.{ts,tsx}'],
    ignores: ['src/app/vite.config.mts'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['src/main.ts', 'src/cli/**', 'bench/**', 'test/**', '*.js'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['*.js', 'test/support/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
