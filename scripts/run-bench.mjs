#!/usr/bin/env node
// Runs every benchmark in bench/ one after another and prints their figures.
// Benchmarks print numbers; they never pass or fail on time. Record results in bench/RESULTS.md.
// Usage: npm run bench [-- name-filter]
import { readdirSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import os from 'node:os'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const filter = process.argv[2] ?? ''
const files = readdirSync(join(root, 'bench'))
  .filter((f) => /\.bench\.(ts|mts|mjs)$/.test(f) && f.includes(filter))
  .sort()

console.log(`# B12 Planner benchmarks — ${new Date().toISOString()}`)
console.log(
  `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
)
if (files.length === 0) console.log('no benchmarks matched')
let failed = 0
for (const file of files) {
  console.log(`\n## ${file}`)
  const run = spawnSync(process.execPath, ['--import', 'tsx', join('bench', file)], {
    cwd: root,
    stdio: 'inherit',
  })
  if (run.status !== 0) {
    failed += 1
    console.error(`benchmark ${file} exited with ${run.status}`)
  }
}
process.exit(failed === 0 ? 0 : 1)
