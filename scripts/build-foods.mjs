#!/usr/bin/env node
// Builds resources/foods/catalogue.json from the USDA files and resources/foods/curated-foods.json.
//   node --import tsx scripts/build-foods.mjs [--data <usda-dir>] [--out <dir>]
// Data folder: --data, else $B12_USDA_DATA_DIR, else ../shared/data next to the repository.
// Run with plain `node`, it restarts itself under tsx (the classification is TypeScript).
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

function option(name) {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : undefined
}

async function loadBuilder() {
  try {
    return await import('./foods/build-catalogue.mjs')
  } catch (error) {
    if (error?.code !== 'ERR_UNKNOWN_FILE_EXTENSION' || process.env.B12_BUILD_FOODS_RESPAWNED)
      throw error
    const tsx = import.meta.resolve('tsx')
    const run = spawnSync(
      process.execPath,
      ['--import', tsx, fileURLToPath(import.meta.url), ...process.argv.slice(2)],
      {
        stdio: 'inherit',
        env: { ...process.env, B12_BUILD_FOODS_RESPAWNED: '1' },
      },
    )
    process.exit(run.status ?? 1)
  }
}

const dataDir = resolve(
  option('--data') ?? process.env.B12_USDA_DATA_DIR ?? join(root, '..', 'shared', 'data'),
)
const outDir = resolve(option('--out') ?? join(root, 'resources', 'foods'))
const curatedPath = join(root, 'resources', 'foods', 'curated-foods.json')
if (!existsSync(join(dataDir, 'foods-usda-sr.json'))) {
  console.error(`build-foods: no USDA data in ${dataDir} (use --data <dir> or B12_USDA_DATA_DIR)`)
  process.exit(1)
}
const { writeCatalogue } = await loadBuilder()
const started = performance.now()
const { summary } = await writeCatalogue({ dataDir, outDir, curatedPath })
console.log(
  `build-foods: ${summary.foods} foods, ${(summary.bytes / 1e6).toFixed(2)} MB, version ${summary.version}`,
)
console.log(`  B12 classes: ${JSON.stringify(summary.byB12Class)}`)
console.log(`  written to ${outDir} in ${Math.round(performance.now() - started)} ms`)
