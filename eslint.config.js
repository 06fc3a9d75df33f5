// Lint keeps the four areas apart (see ../shared/STYLE.md): shared/ sees neither Node nor the
// DOM nor electron, the renderer never sees Node or electron, Node services never import
// electron, and the preload reaches only the IPC contract.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'stream',
  'url',
  'util',
  'worker_threads',
];

const ban = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'release/',
      'release-e2e/',
      '.cache/',
      'test-results/',
      'playwright-report/',
      'shared/api/generated/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['shared/**/*.ts'],
    rules: ban(
      [
        'electron',
        'electron/*',
        'react',
        'react-dom',
        ...nodeBuiltins,
        '**/electron/**',
        '**/renderer/**',
      ],
      'shared/ runs in every process: no electron, Node APIs, DOM or UI imports.',
    ),
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...ban(
        ['electron', 'electron/*', ...nodeBuiltins, '**/electron/**'],
        'The renderer reaches the system only through window.pcc (renderer/bridge.ts).',
      ),
    },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/provider/**/*.ts'],
    rules: ban(
      ['electron', 'electron/*', '**/renderer/**', '**/main/**'],
      'Services and the embedded provider run under plain Node so they are tested without Electron.',
    ),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: ban(
      [...nodeBuiltins, '**/services/**', '**/provider/**', '**/main/**', '**/renderer/**'],
      'The preload exposes the IPC contract and nothing else.',
    ),
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/ipc-main-adapter.ts', 'electron/preload/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportSpecifier[imported.name=/^ipc(Main|Renderer)$/]',
          message: 'Raw IPC lives only in electron/main/ipc-main-adapter.ts and the preload.',
        },
      ],
    },
  },
);
