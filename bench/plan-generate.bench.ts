/**
 * Week generation: time per week for 1, 4 and 8 people with the shipped recipe library and with
 * synthetic libraries of 1,000 and 4,000 recipes (HiGHS in Node, warm-up weeks excluded), and
 * plan quality in the same run:
 * - the week's objective (Σ of the day models' optima) against a best-known week: every day
 *   solved to zero gap over candidate pools ten times larger (400 recipes by score per meal,
 *   plus the extras), so what the pool filter costs is measured;
 * - the same weeks with HiGHS solving every day (`daySolver: 'mip'`, gap 0.1 %, the way weeks
 *   were made before the exact search): time as a baseline in the same process, and objective;
 * - the soft-goal score against the greedy baseline; every week judged by the independent checker.
 * Prints only; no assertions.
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
const BASELINE_RUNS = 3
const BEST_KNOWN_POOL = 400

/** `count` recipes: the starter recipes with every ingredient amount scaled by 0.8–1.2 (seeded). */
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

/** The household of four and the four profiles of the variety benchmark. */
const EIGHT: readonly PlannerPerson[] = [
  ...HOUSEHOLD,
  person('vegan-34', 'vegan', 34, 70, 2200),
  person('omnivore-ppi-78', 'omnivore', 78, 72, 1900, {
    medications: [{ class: 'ppi', years: 5 }],
  }),
  person('pregnant-veg-30', 'lacto_ovo_vegetarian', 30, 65, 2300, { pregnant: true }),
  person('vegan-child-6', 'vegan', 6, 21, 1400),
]

async function main(): Promise<void> {
  const { foods, source } = loadFoods()
  const starter = loadStarterRecipes()
  const thousand = syntheticLibrary(starter, 1000)
  const fourThousand = syntheticLibrary(starter, 4000)
  const solver = await createHighsSolver()
  await solver.warmUp()
  const exactSolver = await createHighsSolver({ mipRelGap: 0, timeLimitSeconds: 60 })
  const single = person('vegan-55', 'vegan', 55, 70, 2000, {
    medications: [{ class: 'ppi', years: 2 }],
  })
  console.log(
    `plan-generate: foods from ${source}, ${starter.length} starter recipes, synthetic 1,000 and 4,000`,
  )

  const scenarios: [string, readonly PlannerPerson[], readonly Recipe[], string][] = [
    [`1 person, ${starter.length} starter recipes`, [single], starter, '< 300 ms'],
    [`4 people, ${starter.length} starter recipes`, HOUSEHOLD, starter, '≤ 500 ms'],
    [`8 people, ${starter.length} starter recipes`, EIGHT, starter, '–'],
    ['1 person, 1,000 recipes', [single], thousand, '< 2 s'],
    ['4 people, 1,000 recipes', HOUSEHOLD, thousand, '≤ 1 s'],
    ['8 people, 4,000 recipes', EIGHT, fourThousand, '≤ 2.5 s'],
  ]
  for (const [label, people, recipes, target] of scenarios) {
    const input = (seed: number, extra: Partial<GenerateWeekInput> = {}): GenerateWeekInput => ({
      people,
      recipes,
      foods,
      weekStart: WEEK,
      seed,
      ...extra,
    })
    let seed = 0
    // One untimed week per scenario warms the solver and V8's tiers (about 5× on a first solve).
    const timing = await time(() => generateWeek(input(++seed), solver), RUNS, 1)
    report(`generate week, ${label}`, timing, target)
    seed = 0
    const mipTiming = await time(
      () => generateWeek(input(++seed, { daySolver: 'mip' }), solver),
      BASELINE_RUNS,
      0,
    )
    report(`  baseline, HiGHS every day (same process)`, mipTiming)
    console.log(`  speed-up: ×${(mipTiming.p50 / timing.p50).toFixed(1)} (p50 over p50)`)

    const optimised = await generateWeek(input(1), solver)
    const viaMip = await generateWeek(input(1, { daySolver: 'mip' }), exactSolver)
    const bestKnown = await generateWeek(input(1, { poolSize: BEST_KNOWN_POOL }), exactSolver)
    const ratio = (a: number, b: number) => `${((100 * a) / b).toFixed(2)} %`
    console.log(
      `  objective (seed 1): ${optimised.stats.objective.toFixed(2)}; best known (pools of ${BEST_KNOWN_POOL}, zero gap) ` +
        `${bestKnown.stats.objective.toFixed(2)} → ${ratio(optimised.stats.objective, bestKnown.stats.objective)}; ` +
        `HiGHS every day at zero gap, same pools: ${viaMip.stats.objective.toFixed(2)} ` +
        `(search − HiGHS = ${(optimised.stats.objective - viaMip.stats.objective).toFixed(4)}); ` +
        `days searched ${optimised.stats.searched} of ${optimised.stats.solves}, fallbacks ${optimised.stats.fallbacks}, ` +
        `best-known days searched ${bestKnown.stats.searched} of ${bestKnown.stats.solves}`,
    )
    const greedyTiming = await time(() => generateGreedy(input(1)), RUNS, 1)
    const greedy = generateGreedy(input(1))
    const check = (entries: typeof greedy.entries) =>
      checkWeek(entries, people, recipes, foods, { dates: weekDates(WEEK) }).length
    const mip = scoreWeek(optimised.entries, people, recipes, foods)
    const base = scoreWeek(greedy.entries, people, recipes, foods)
    console.log(
      `  quality: optimiser score ${mip.toFixed(1)} (${check(optimised.entries)} violations, ${optimised.infeasibilities.length} reported misses, ` +
        `${optimised.stats.solves} days, ≤ ${optimised.stats.maxVariables} choices/day), greedy ${base.toFixed(1)} ` +
        `(${check(greedy.entries)} violations, p50 ${greedyTiming.p50.toFixed(1)} ms): greedy/optimiser = ${((100 * base) / mip).toFixed(1)} %`,
    )
  }
}

void main()
