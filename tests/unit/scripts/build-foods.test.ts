import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
// @ts-expect-error: plain ESM builder without type declarations
import { CATALOGUE_FILE, writeCatalogue } from '../../../scripts/foods/build-catalogue.mjs'

const root = join(__dirname, '..', '..', '..')
const dataDir = process.env.B12_USDA_DATA_DIR ?? join(root, '..', 'shared', 'data')
const haveUsda = existsSync(join(dataDir, 'foods-usda-sr.json'))
if (!haveUsda)
  console.warn(`Skipping builder tests: no USDA data in ${dataDir} (set B12_USDA_DATA_DIR).`)

const temp = mkdtempSync(join(tmpdir(), 'b12-foods-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

describe.skipIf(!haveUsda)('build-foods', () => {
  const curatedPath = join(root, 'resources', 'foods', 'curated-foods.json')

  it('builds byte-identical output twice, equal to the shipped catalogue', async () => {
    const a = join(temp, 'a')
    const b = join(temp, 'b')
    await writeCatalogue({ dataDir, outDir: a, curatedPath })
    await writeCatalogue({ dataDir, outDir: b, curatedPath })
    const first = readFileSync(join(a, CATALOGUE_FILE))
    expect(first.equals(readFileSync(join(b, CATALOGUE_FILE)))).toBe(true)
    // The committed file must be up to date with the code and data: run npm run build:foods.
    expect(first.equals(readFileSync(join(root, 'resources', 'foods', CATALOGUE_FILE)))).toBe(true)
  }, 30_000)
})
