import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.data/**',
      'scripts/**',
      'bench/out/**',
      'apps/web/dist/**',
      'apps/web/src/api/schema.d.ts',
      'apps/web/scripts/**',
      'test-output/**',
      '*.js',
      '*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [{ group: ['@tashakkol/*/*', '**/libs/*/src/*'], message: 'Import a library through its index (@tashakkol/<lib>).' }] }],
    },
  },
  { files: ['test/**/*.ts', '**/*.spec.ts', 'bench/**/*.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' } },
  {
    // The browser app talks to the server over HTTP only: nothing of the server is imported.
    files: ['apps/web/**/*.{ts,tsx,mts}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [{ group: ['@tashakkol/*', '**/libs/**', '**/apps/api/**'], message: 'The web app imports nothing from the server but the generated API types.' }] }],
    },
  },
);
