import { defineConfig } from 'vitest/config'

/**
 * One project per layer, so `npm test` reports core, db, main, preload, renderer and scripts
 * separately. None needs a browser: the renderer runs in jsdom with fake-indexeddb.
 */
const reportDir = process.env['B12_TEST_REPORT_DIR']

export default defineConfig({
  test: {
    reporters: reportDir
      ? ['default', ['json', { outputFile: `${reportDir}/vitest.json` }]]
      : ['default'],
    coverage: {
      provider: 'v8',
      include: ['src/core/**/*.ts'],
      reporter: ['text-summary', 'json-summary'],
      thresholds: {
        'src/core/b12/**': { lines: 95, branches: 95, functions: 95, statements: 95 },
      },
    },
    projects: [
      {
        test: {
          name: 'core',
          include: ['tests/unit/core/**/*.test.ts'],
          environment: 'node',
          // Whole-week solves over the 205 starter recipes take seconds on a shared 2-core
          // machine; speed is measured in bench/, not by test timeouts.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'scripts',
          include: ['tests/unit/scripts/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'db',
          include: ['tests/unit/renderer/db/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'main',
          include: ['tests/unit/main/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'preload',
          include: ['tests/unit/preload/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'renderer',
          include: ['tests/unit/renderer/**/*.test.{ts,tsx}'],
          exclude: ['tests/unit/renderer/db/**'],
          environment: 'jsdom',
          setupFiles: ['tests/unit/renderer/setup.ts'],
          // Whole user journeys typed with user-event in jsdom take seconds on a 2-core machine.
          testTimeout: 30_000,
        },
      },
    ],
  },
})
