#!/usr/bin/env node
// Adds up the Vitest and Playwright JSON reports written during CI and prints one closing line,
// "N passed, N failed", so a reader (or a tool) sees the whole run at a glance.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const dir = process.argv[2]
if (!dir) throw new Error('usage: ci-summary.mjs <report-dir>')
let passed = 0
let failed = 0
let skipped = 0

const unitFile = join(dir, 'vitest.json')
if (existsSync(unitFile)) {
  const unit = JSON.parse(readFileSync(unitFile, 'utf8'))
  passed += unit.numPassedTests
  failed += unit.numFailedTests
  skipped += unit.numPendingTests + (unit.numTodoTests ?? 0)
  console.log(
    `unit and component tests: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`,
  )
} else {
  console.log('unit and component tests: no report found')
  failed += 1
}

const e2eFile = join(dir, 'playwright.json')
if (existsSync(e2eFile)) {
  const stats = JSON.parse(readFileSync(e2eFile, 'utf8')).stats
  passed += stats.expected
  failed += stats.unexpected + stats.flaky
  skipped += stats.skipped
  console.log(
    `end-to-end tests: ${stats.expected} passed, ${stats.unexpected} failed, ${stats.skipped} skipped`,
  )
} else {
  console.log('end-to-end tests: no report found')
  failed += 1
}

console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failed === 0 ? 0 : 1)
