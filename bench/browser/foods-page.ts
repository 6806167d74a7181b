/**
 * Runs inside Chromium: the app's own code paths for the first start (fetch, decode, seed into
 * IndexedDB), the start after that (read back, build the search index) and search per keystroke.
 * Results go to window.__benchResult for bench/foods-chromium.bench.ts to print.
 */
import catalogueUrl from '../../resources/foods/catalogue.json?url'
import { decodeCatalogue, type CatalogueFile } from '../../src/core/foods/catalogue-format'
import { createFoodSearch, searchFoods } from '../../src/core/foods/search'
import { AppDb } from '../../src/renderer/db/app-db'
import { loadStoredCatalogue, seedCatalogue } from '../../src/renderer/db/repos/foods-repo'
import { keystrokes } from '../foods-queries'

declare global {
  interface Window {
    __benchResult?: Record<string, number | number[] | string>
  }
}

async function run(): Promise<void> {
  const mark = (): number => performance.now()
  const t0 = mark()
  const json: unknown = await (await fetch(catalogueUrl)).json()
  const t1 = mark()
  const catalogue = decodeCatalogue(json)
  const t2 = mark()
  const db = new AppDb(`bench-${t0}`)
  await seedCatalogue(db, json as CatalogueFile)
  const t3 = mark()
  // A later start: the stored copy, read back and checked.
  const stored = await loadStoredCatalogue(db)
  const foods = decodeCatalogue(stored).foods
  const t4 = mark()
  const search = createFoodSearch(foods)
  const t5 = mark()
  const typed = keystrokes()
  for (const query of typed.slice(0, 50)) searchFoods(search, query)
  const samples: number[] = []
  for (const query of typed) {
    const start = mark()
    searchFoods(search, query)
    samples.push(mark() - start)
  }
  db.close()
  window.__benchResult = {
    foods: foods.length,
    storedFoods: catalogue.foods.length,
    fetchParseMs: t1 - t0,
    decodeMs: t2 - t1,
    seedMs: t3 - t2,
    firstStartToSeededMs: t3 - t0,
    readBackMs: t4 - t3,
    indexBuildMs: t5 - t4,
    keystrokeSamplesMs: samples,
  }
  document.getElementById('status')!.textContent = 'done'
}

void run().catch((error: unknown) => {
  window.__benchResult = { error: String(error) }
})
