// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.out/', '.astro/', 'node_modules/', 'data/', 'test/site/snapshots/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  // data flows one way (README, "Architecture"): the pipeline and the contract never import the site, and the site's
  // modules never import its components (only the routes under src/lib/routes/ render one)
  {
    files: ['scripts/**', 'contract/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(\\.\\./)+src/', message: 'the pipeline and the contract do not import the site' }] },
      ],
    },
  },
  {
    files: ['src/lib/**', 'src/charts/**', 'src/client/**'],
    ignores: ['src/lib/routes/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '/components/',
              message: 'modules do not import components; a module they share lives in src/lib/',
            },
          ],
        },
      ],
    },
  },
  // code that runs in the reader's browser
  { files: ['src/client/**', 'public/**/*.js'], languageOptions: { globals: { ...globals.browser } } },
);
