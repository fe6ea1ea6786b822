import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo/out/**', 'bench/out/**', 'test-results/**', 'tests/fixtures/**/dist/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Render page text as text, never HTML.',
        },
      ],
    },
  },
  {
    // Pure logic: no DOM, no extension APIs.
    files: ['lib/**/*.ts'],
    ignores: ['lib/extension/**', 'lib/dom/**'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'browser', 'chrome', 'navigator', 'location'],
    },
  },
  {
    files: ['**/*.{js,mjs}', 'tests/**/*.ts', 'demo/**', 'bench/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Tests build their own fixture markup; Playwright fixtures are not React hooks.
    files: ['tests/**/*.ts'],
    rules: { 'no-empty-pattern': 'off', 'react-hooks/rules-of-hooks': 'off', 'no-restricted-syntax': 'off' },
  },
);
