// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import { boundaries } from './eslint-rules/boundaries.mjs'

/** Relative imports that climb out of a folder into a sibling layer. */
const escapes = (layers) => ({
  regex: `^(\\.\\./)+(${layers.join('|')})(/|$)`,
  message: 'Layer boundary: see ARCHITECTURE.md.',
})

/** The only packages core may import: pure code with no DOM, Node, clock or I/O. */
const CORE_ALLOWED_PACKAGES = ['minisearch']

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'coverage/**',
      'node_modules/**',
      'resources/**',
      'test-results/**',
      'playwright-report/**',
      'bench/.tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'tests/unit/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['src/core/**/*.ts'],
    plugins: { boundaries },
    rules: {
      // An allow-list, not a deny-list: anything not named here (zod/v4, node:fs, ../renderer) is refused.
      'boundaries/core-imports': ['error', { root: 'src/core', allow: CORE_ALLOWED_PACKAGES }],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'core has no DOM.' },
        { name: 'document', message: 'core has no DOM.' },
        {
          name: 'Date',
          message: 'Dates are YYYY-MM-DD text: use core/dates; the clock is a parameter.',
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Pass the clock in as a parameter.' },
        { object: 'Math', property: 'random', message: 'Pass a seeded random source in.' },
      ],
    },
  },
  {
    // Features talk to each other (and app/, data/ to them) only through each feature's index.ts.
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { boundaries },
    rules: { 'boundaries/feature-index': ['error', { features: 'src/renderer/features' }] },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    ignores: ['src/renderer/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'dexie', message: 'Only src/renderer/db imports dexie: use a repo.' },
            { name: 'electron', message: 'The renderer reaches the OS only through DesktopApi.' },
          ],
          patterns: [escapes(['main', 'preload'])],
        },
      ],
    },
  },
  {
    files: ['src/renderer/db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer reaches the OS only through DesktopApi.' },
          ],
          patterns: [escapes(['main', 'preload'])],
        },
      ],
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['react', 'dexie', 'zod'], patterns: [escapes(['main', 'renderer', 'core'])] },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'dexie', 'electron'],
          patterns: [escapes(['main', 'preload', 'renderer', 'core'])],
        },
      ],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['react', 'dexie'], patterns: [escapes(['renderer', 'preload'])] },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'bench/**/*.{ts,mjs}', 'scripts/**/*.{ts,mjs}'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
)
