/**
 * What generated weeks are like to eat (issue 14): per profile and for a household planned
 * together, over five seeds with the shipped recipes: distinct recipes per person-week, the most
 * uses of one recipe, back-to-back repeats (same recipe, same meal, consecutive days), meat or fish
 * meals for the omnivore, daily energy and protein error against the targets, B12 days met, the
 * largest meal in grams and kcal, the most eggs in one day, and time. The measures come from
 * core's personWeekReport, so tests and this benchmark count alike.
 * Prints only; no assertions.
 *   node --import tsx bench/plan-variety.bench.ts
 */
import { performance } from 'node:perf_hooks'
import { generateWeek } from '../src/core/planning/generate-week'
import type { PlannerPerson } from '../src/core/planning/person'
import { weekDates } from '../src/core/planning/week-context'
import { personWeekReport, type PersonWeekReport } from '../src/core/planning/week-report'
import { loadFoods, loadStarterRecipes } from '../tests/fixtures/planning/foods'
import { createHighsSolver } from '../tests/fixtures/planning/highs-node'
import { person } from '../tests/fixtures/planning/people'
import { median } from './harness'

const WEEK = '2025-03-03'
const SEEDS = [1, 2, 3, 4, 5]

const vegan = person('vegan-34', 'vegan', 34, 70, 2200)
const omnivorePpi = person('omnivore-ppi-78', 'omnivore', 78, 72, 1900, {
  medications: [{ class: 'ppi', years: 5 }],
})
const pregnantVeg = person('pregnant-veg-30', 'lacto_ovo_vegetarian', 30, 65, 2300, {
  pregnant: true,
})
const veganChild = person('vegan-child-6', 'vegan', 6, 21, 1400)
const pescPeanut = person('pescatarian-peanut-40', 'pescatarian', 40, 68, 2100, {
  allergies: ['peanut'],
})

const PROFILES: [string, readonly PlannerPerson[]][] = [
  ['vegan, 34', [vegan]],
  ['omnivore on a PPI, 78', [omnivorePpi]],
  ['pregnant vegetarian, 30', [pregnantVeg]],
  ['vegan child, 6', [veganChild]],
  ['pescatarian, peanut allergy', [pescPeanut]],
  ['household: vegan + omnivore on a PPI + pregnant vegetarian', [vegan, omnivorePpi, pregnantVeg]],
]

const fmt = (n: number, digits = 1): string => (Number.isFinite(n) ? n.toFixed(digits) : '–')

type Column = [string, (r: PersonWeekReport) => number, number]

/** Header, measure and decimals of each column (medians over seeds). */
const COLUMNS: readonly Column[] = [
  ['distinct recipes', (r) => r.distinctRecipes, 0],
  ['max uses', (r) => r.maxUses, 0],
  ['back-to-back', (r) => r.backToBack, 0],
  ['meat or fish meals', (r) => r.meatOrFishMeals, 0],
  ['meat or fish days', (r) => r.meatOrFishDays, 0],
  ['kcal error, mean %', (r) => 100 * r.kcalError, 1],
  ['protein: days under floor', (r) => r.proteinDaysUnder, 0],
  ['B12 days met (of 7)', (r) => r.b12DaysMet, 0],
  ['largest meal, g', (r) => r.largestMealG, 0],
  ['largest meal, kcal', (r) => r.largestMealKcal, 0],
  ['most egg in a day, g', (r) => r.mostPerDayG['egg'] ?? 0, 0],
]

async function main(): Promise<void> {
  const { foods, source } = loadFoods()
  const recipes = loadStarterRecipes()
  const recipesById = new Map(recipes.map((r) => [r.id, r]))
  const dates = weekDates(WEEK)
  const solver = await createHighsSolver()
  await solver.warmUp()
  console.log(
    `plan-variety: foods from ${source}, ${recipes.length} starter recipes, seeds ${SEEDS.join(', ')}; medians over seeds (largest meal and eggs: the most over seeds)`,
  )
  console.log(
    `| profile | person | ${COLUMNS.map((c) => c[0]).join(' | ')} | reported misses | time, ms |`,
  )
  console.log(`| --- | --- | ${COLUMNS.map(() => '---').join(' | ')} | --- | --- |`)
  for (const [label, people] of PROFILES) {
    // One untimed week warms the solver for this profile.
    await generateWeek({ people, recipes, foods, weekStart: WEEK, seed: 99 }, solver)
    const reports = new Map<string, PersonWeekReport[]>()
    const times: number[] = []
    const misses: number[] = []
    for (const seed of SEEDS) {
      const start = performance.now()
      const week = await generateWeek({ people, recipes, foods, weekStart: WEEK, seed }, solver)
      times.push(performance.now() - start)
      misses.push(week.infeasibilities.length)
      for (const p of people) {
        const list = reports.get(p.id) ?? []
        list.push(personWeekReport(week.entries, p, dates, recipesById, foods))
        reports.set(p.id, list)
      }
    }
    for (const [id, list] of reports) {
      const cells = COLUMNS.map(([head, f, digits]) => {
        const values = list.map(f)
        const most = head.startsWith('largest') || head.startsWith('most')
        return fmt(most ? Math.max(...values) : median(values), digits)
      })
      console.log(
        `| ${label} | ${id} | ${cells.join(' | ')} | ${median(misses)} | ${fmt(median(times), 0)} |`,
      )
    }
  }
}

void main()
