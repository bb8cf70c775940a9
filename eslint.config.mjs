import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import {
  capabilityBoundaries,
  featureBoundaries,
  noElectronImport,
  rendererNoNode,
  sqlOnlyInQueries,
} from './eslint.architecture.mjs';

const nodeOnly = [
  'electron',
  'electron/*',
  'better-sqlite3',
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      eqeqeq: 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { ...globals.node, ...globals.browser },
    },
  },
  {
    files: ['bin/**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // The renderer has no Node and no Electron: everything goes through window.xingping.
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: rendererNoNode }],
    },
  },
  // Features import each other only through what they make public (these blocks repeat the
  // Node ban: a later block's options replace an earlier one's for the same rule).
  ...featureBoundaries,
  // Shared code runs in both worlds.
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeOnly, message: 'shared/ runs in the renderer too.' },
            {
              group: ['**/electron/**', '**/renderer/**'],
              message: 'shared/ depends on nothing else.',
            },
          ],
        },
      ],
    },
  },
  // Outside main, only the main-process folder may import Electron itself.
  {
    files: [
      'electron/{services,store,host,cli,security,workbook,files,jobs}/**/*.ts',
      'electron/*.ts',
    ],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectronImport] }] },
  },
  // Capabilities import each other only through their index.ts (these blocks repeat the
  // Electron ban: a later block's options replace an earlier one's for the same rule).
  ...capabilityBoundaries,
  // The web host's bridge runs in the browser, like the renderer: no Node, no Electron (after
  // the boundaries above, whose options for the same rule it replaces).
  {
    files: ['electron/host/web-bridge/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: nodeOnly, message: 'The web bridge runs in the browser.' }] },
      ],
    },
  },
  // SQL and transactions only in the store and the capabilities' query modules.
  sqlOnlyInQueries,
);
