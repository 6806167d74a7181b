/**
 * Week generation: time for 1 and 4 people with the shipped recipe library and with a synthetic
 * library of 1,000 recipes (HiGHS in Node, warm-up solves excluded), and plan quality against
 * the greedy baseline in the same run (soft-goal score ratio; both weeks judged by the
 * independent checker). Prints only; no assertions.
 *   node --import tsx bench/plan-generate.bench.ts
 */
import { checkWeek } from '../src/core/planning/check-week'
import { generateWeek } from '../src/core/planning/generate-week'
import { generateGreedy } from '../src/core/planning/greedy'
import type { PlannerPerson } from '../src/core/planning/person'
import { scoreWeek } from '../src/core/planning/plan-score'
import { mulberry32 } from '../src/core/planning/prng'
import { weekDates, type GenerateWeekInput } from '../src/core/planning/week-context'
import { recipeId, type Recipe } from '../src/core/planning/types'
import { grams } from '../src/core/units'
import { loadFoods, loadStarterRecipes } from '../tests/fixtures/planning/foods'
import { createHighsSolver } from '../tests/fixtures/planning/highs-node'
import { HOUSEHOLD, person } from '../tests/fixtures/planning/people'
import { report, time } from './harness'

const WEEK = '2025-03-03'
const RUNS = 5

/** 1,000 recipes: the starter recipes with every ingredient amount scaled by 0.8–1.2 (seeded). */
function syntheticLibrary(base: readonly Recipe[], count: number): Recipe[] {
  const random = mulberry32(2024)
  return Array.from({ length: count }, (_, i) => {
    const r = base[i % base.length]!
    return {
      ...r,
      id: recipeId(`syn-${i}-${r.id}`),
      name: `${r.name} (variant ${i})`,
      ingredients: r.ingredients.map((g) => ({
        ...g,
        grams: grams(Math.round(g.grams * (0.8 + 0.4 * random()))),
      })),
    }
  })
}

async function main(): Promise<void> {
  const { foods, source } = loadFoods()
  const starter = loadStarterRecipes()
  const synthetic = syntheticLibrary(starter, 1000)
  const solver = await createHighsSolver()
  await solver.warmUp()
  const single = person('vegan-55', 'vegan', 55, 70, 2000, {
    medications: [{ class: 'ppi', years: 2 }],
  })
  console.log(
    `plan-generate: foods from ${source}, ${starter.length} starter recipes, 1,000 synthetic`,
  )

  const scenarios: [string, readonly PlannerPerson[], readonly Recipe[], string][] = [
    ['1 person, starter library', [single], starter, '< 300 ms'],
    ['4 people, starter library', HOUSEHOLD, starter, '< 1 s'],
    ['1 person, 1,000 recipes', [single], synthetic, '< 2 s'],
    ['4 people, 1,000 recipes', HOUSEHOLD, synthetic, '< 2 s'],
  ]
  for (const [label, people, recipes, target] of scenarios) {
    const input = (seed: number): GenerateWeekInput => ({
      people,
      recipes,
      foods,
      weekStart: WEEK,
      seed,
    })
    let seed = 0
    // One untimed week per scenario warms the solver and V8's WASM tiers (about 5× on a first solve).
    const timing = await time(() => generateWeek(input(++seed), solver), RUNS, 1)
    report(`generate week, ${label}`, timing, target)
    const optimised = await generateWeek(input(1), solver)
    const greedyTiming = await time(() => generateGreedy(input(1)), RUNS, 1)
    const greedy = generateGreedy(input(1))
    const check = (entries: typeof greedy.entries) =>
      checkWeek(entries, people, recipes, foods, { dates: weekDates(WEEK) }).length
    const mip = scoreWeek(optimised.entries, people, recipes, foods)
    const base = scoreWeek(greedy.entries, people, recipes, foods)
    console.log(
      `  quality: optimiser score ${mip.toFixed(1)} (${check(optimised.entries)} violations, ${optimised.infeasibilities.length} reported misses, ` +
        `${optimised.stats.solves} solves, ≤ ${optimised.stats.maxVariables} binaries/day), greedy ${base.toFixed(1)} ` +
        `(${check(greedy.entries)} violations, p50 ${greedyTiming.p50.toFixed(1)} ms): greedy/optimiser = ${((100 * base) / mip).toFixed(1)} %`,
    )
  }
}

void main()
