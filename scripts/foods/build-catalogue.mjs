// The catalogue builder's work, as functions (the CLI is ../build-foods.mjs). It imports the
// classification from src/core/foods (TypeScript), so it runs under tsx: the app and the
// shipped file can never disagree about a food's class.
import { createHash } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import * as coreModule from '../../src/core/foods/index.ts'

// The repository's package.json has no "type": "module", so tsx loads src/**/*.ts as CommonJS
// and hands ES importers only a `default` export; Vitest loads the same file as ESM.
const core = coreModule.default ?? coreModule
const { B12_CLASSES, catalogueToText, curatedFoodsFromJson, encodeCatalogue, usdaFoodToRecord } =
  core

export const SR_FILE = 'foods-usda-sr.json'
export const FNDDS_FILE = 'foods-usda-fndds.json'
export const CATALOGUE_FILE = 'catalogue.json'
export const SUMMARY_FILE = 'catalogue-summary.json'
export const CURATED_FILE = 'curated-foods.json'

async function readJson(path) {
  return JSON.parse(await readFile(path, 'utf8'))
}

function tally(foods, key) {
  const counts = {}
  for (const food of foods) counts[key(food)] = (counts[key(food)] ?? 0) + 1
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)))
}

/**
 * Builds the catalogue text from the USDA files in `dataDir` and the curated file.
 * Returns { text, version, foods, summary }. Deterministic: same inputs, same bytes.
 */
export async function buildCatalogue({ dataDir, curatedPath }) {
  const sr = await readJson(join(dataDir, SR_FILE))
  const fndds = await readJson(join(dataDir, FNDDS_FILE))
  const curated = curatedFoodsFromJson(await readJson(curatedPath))
  const foods = [
    ...sr.foods.map((f) => usdaFoodToRecord('usda-sr28', f)),
    ...fndds.foods.map((f) => usdaFoodToRecord('usda-fndds', f)),
    ...curated,
  ]
  const sources = [
    { id: 'usda-sr28', citation: sr.citation },
    { id: 'usda-fndds', citation: fndds.citation },
    {
      id: 'label-typical',
      citation:
        'Typical product label values curated for B12 Planner (resources/foods/curated-foods.json); check your own label.',
    },
  ]
  const file = encodeCatalogue(foods, sources)
  const hash = createHash('sha256').update(catalogueToText(file)).digest('hex')
  file.version = `sha256-${hash.slice(0, 16)}`
  const text = catalogueToText(file)
  const summary = {
    version: file.version,
    bytes: Buffer.byteLength(text),
    foods: foods.length,
    bySource: tally(foods, (f) => f.source),
    byB12Class: Object.fromEntries(
      B12_CLASSES.map((c) => [c, foods.filter((f) => f.b12.class === c).length]),
    ),
    byB12Reason: tally(foods, (f) => `${f.b12.class}/${f.b12.reason}`),
    byVegan: tally(foods, (f) => f.diet.vegan),
    byDietReason: tally(foods, (f) => f.diet.reason),
    byAisle: tally(foods, (f) => f.aisle),
  }
  return { text, version: file.version, foods, summary }
}

/** Builds and writes catalogue.json and catalogue-summary.json into `outDir`. */
export async function writeCatalogue({ dataDir, outDir, curatedPath }) {
  const built = await buildCatalogue({ dataDir, curatedPath })
  await mkdir(outDir, { recursive: true })
  await writeFile(join(outDir, CATALOGUE_FILE), built.text)
  await writeFile(join(outDir, SUMMARY_FILE), `${JSON.stringify(built.summary, null, 2)}\n`)
  return built
}
