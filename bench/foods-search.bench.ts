/**
 * Food catalogue and search-as-you-type figures. Run: node --import tsx bench/foods-search.bench.ts
 * Prints; never judges (targets shown for reading).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import {
  REFERENCE_QUERIES,
  createFoodSearch,
  decodeCatalogue,
  loadFoodSearch,
  searchFoods,
  serializeFoodSearch,
} from '../src/core/foods'
import { QUERIES } from './foods-queries'
import { ms, report, summarize, time } from './harness'

const root = join(__dirname, '..')
const text = readFileSync(join(root, 'resources', 'foods', 'catalogue.json'), 'utf8')

async function main(): Promise<void> {
  const decode = await time(() => decodeCatalogue(JSON.parse(text)), 10, 2)
  report('catalogue JSON.parse + decode', decode)
  const { foods, version } = decodeCatalogue(JSON.parse(text))
  console.log(`catalogue ${version}: ${foods.length} foods, ${(text.length / 1e6).toFixed(2)} MB`)

  const build = await time(() => createFoodSearch(foods), 5, 1)
  report('search index build', build)
  const search = createFoodSearch(foods)
  const saved = serializeFoodSearch(search)
  console.log(`serialized index: ${(saved.length / 1e6).toFixed(2)} MB`)
  report('serialized index load', await time(() => loadFoodSearch(saved, foods), 5, 1))

  const keystrokes = QUERIES.flatMap((q) =>
    Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)),
  )
  for (const k of keystrokes.slice(0, 50)) searchFoods(search, k, { limit: 20 })
  const samples: number[] = []
  for (const k of keystrokes) {
    const start = performance.now()
    searchFoods(search, k, { limit: 20 })
    samples.push(performance.now() - start)
  }
  const typing = summarize(samples)
  report(
    `search per keystroke (${keystrokes.length} keystrokes over ${QUERIES.length} queries)`,
    typing,
    'p95 < 2 ms',
  )
  console.log(`  max ${ms(typing.max)}`)

  let right = 0
  for (const q of REFERENCE_QUERIES) {
    const top = searchFoods(search, q.query, { limit: 5 })
    const ok = top.some((h) => q.accepts(h.food))
    if (ok) right += 1
    console.log(`  ${ok ? 'ok  ' : 'MISS'} "${q.query}" → ${top[0]?.food.name ?? '(nothing)'}`)
  }
  console.log(
    `reference queries: ${right}/${REFERENCE_QUERIES.length} with the right food in the top 5 (target ≥ 9/10)`,
  )
}

void main()
