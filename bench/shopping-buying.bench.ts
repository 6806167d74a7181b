/**
 * Buying amounts for the starter recipes: for every ingredient line, whether its shopping line
 * is what is bought (dry, raw, pack or count) or still a cooked weight, with the table per food,
 * and a sample list (every starter recipe once, 4 servings) in metric and US units.
 * Run: node --import tsx bench/shopping-buying.bench.ts. Prints figures; never judges.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import buyingJson from '../resources/foods/buying-forms.json'
import tableJson from '../resources/shopping/package-sizes.json'
import { decodeCatalogue } from '../src/core/foods'
import { planEntryId, profileId, recipeId, type PlanEntry } from '../src/core/planning/types'
import {
  buildShoppingList,
  buyingCoverage,
  buyingTableFromJson,
  formatLineQuantity,
  lineNoteTexts,
  packageTableFromJson,
} from '../src/core/shopping'
import { decodeRecipes } from '../src/core/planning'

const root = join(__dirname, '..')
const read = (...p: string[]): unknown => JSON.parse(readFileSync(join(root, ...p), 'utf8'))
const { foods } = decodeCatalogue(read('resources', 'foods', 'catalogue.json'))
const byId = new Map(foods.map((f) => [f.id, f]))
const recipes = decodeRecipes(read('resources', 'recipes', 'starter-recipes.json'), byId)
const buying = buyingTableFromJson(buyingJson)
const packages = packageTableFromJson(tableJson)

const cov = buyingCoverage(recipes, byId, buying, packages)
const lines = Object.values(cov.linesByKind).reduce((a, b) => a + b, 0)
const nFoods = cov.foods.length
const bought = (r: Record<string, number>): number => (r['converted'] ?? 0) + (r['as sold'] ?? 0)
const pct = (a: number, b: number): string => `${((100 * a) / b).toFixed(1)} %`
console.log(`starter recipes: ${recipes.length}, ingredient lines: ${lines}, foods: ${nFoods}`)
console.log('| kind | ingredient lines | foods |')
console.log('|---|---:|---:|')
for (const k of ['converted', 'as sold', 'as cooked', 'as prepared'] as const)
  console.log(`| ${k} | ${cov.linesByKind[k]} | ${cov.foodsByKind[k]} |`)
console.log(
  `| **buying amount** | **${bought(cov.linesByKind)} (${pct(bought(cov.linesByKind), lines)})** | **${bought(cov.foodsByKind)} (${pct(bought(cov.foodsByKind), nFoods)})** |`,
)
const measures = new Map<string, number>()
for (const f of cov.foods) measures.set(f.measure, (measures.get(f.measure) ?? 0) + f.lines)
console.log(
  `lines by how the bought food is picked up: ${[...measures].map(([m, n]) => `${m} ${n}`).join(', ')}`,
)
console.log('\nfoods not bought as listed:')
for (const f of cov.foods.filter((x) => x.kind !== 'as sold'))
  console.log(
    `- ${f.kind}: ${f.name} → ${byId.get(f.boughtId)?.name ?? f.boughtId} (${f.measure}, ${f.lines} lines)`,
  )

// Every starter recipe once, 4 servings: the list a household of four would take to the shop.
const entries: PlanEntry[] = recipes.map((r, i) => ({
  id: planEntryId(`e${i}`),
  date: '2026-01-05',
  slot: 'dinner',
  profileId: profileId('p'),
  item: { kind: 'recipe', recipeId: recipeId(r.id), servings: 4 },
  locked: false,
}))
const list = buildShoppingList({
  entries,
  recipes,
  foods: byId,
  range: { from: '2026-01-05', to: '2026-01-05' },
  packages,
  buying,
})
console.log(`\nsample list (every starter recipe once, 4 servings): ${list.lines.length} lines`)
for (const l of list.lines) {
  const notes = lineNoteTexts(l, 'metric')
  console.log(
    `- ${l.name}: ${formatLineQuantity(l, 'metric')} | US ${formatLineQuantity(l, 'us')}${notes.length ? ` (${notes.join('; ')})` : ''}`,
  )
}
