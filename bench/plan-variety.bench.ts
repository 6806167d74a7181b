/**
 * What generated weeks are like to eat (issue 14): per profile and for a household planned
 * together, over five seeds with the shipped recipes: distinct recipes per person-week, the most
 * uses of one recipe, back-to-back repeats (same recipe, same meal, consecutive days), meat or fish
 * meals for the omnivore, daily energy error against the target, B12 days met, and time.
 * Prints only; no assertions.
 *   node --import tsx bench/plan-variety.bench.ts
 */
import { performance } from 'node:perf_hooks'
import { generateWeek } from '../src/core/planning/generate-week'
import type { PlannerPerson } from '../src/core/planning/person'
import { dailyTargets } from '../src/core/planning/person'
import { dayIntake } from '../src/core/planning/day-intake'
import { recipeFacts } from '../src/core/planning/recipe-facts'
import { weekDates } from '../src/core/planning/week-context'
import { weekVariety } from '../src/core/planning/week-variety'
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

async function main(): Promise<void> {
  const { foods, source } = loadFoods()
  const recipes = loadStarterRecipes()
  const facts = recipeFacts(recipes, foods)
  const recipesById = new Map(recipes.map((r) => [r.id, r]))
  const solver = await createHighsSolver()
  await solver.warmUp()
  console.log(
    `plan-variety: foods from ${source}, ${recipes.length} starter recipes, seeds ${SEEDS.join(', ')}; medians over seeds`,
  )
  console.log(
    '| profile | person | distinct recipes | max uses | back-to-back | meat or fish meals | energy error, mean % | B12 days met | reported misses | time, ms |',
  )
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |')
  for (const [label, people] of PROFILES) {
    // One untimed week warms the solver for this profile.
    await generateWeek({ people, recipes, foods, weekStart: WEEK, seed: 99 }, solver)
    const rows = new Map<string, number[][]>()
    const times: number[] = []
    const misses: number[] = []
    for (const seed of SEEDS) {
      const start = performance.now()
      const week = await generateWeek({ people, recipes, foods, weekStart: WEEK, seed }, solver)
      times.push(performance.now() - start)
      misses.push(week.infeasibilities.length)
      for (const p of people) {
        const v = weekVariety(week.entries, p.id)
        const mine = week.entries.filter((e) => e.profileId === p.id)
        const meatOrFish = mine.filter(
          (e) =>
            e.item.kind === 'recipe' &&
            facts.get(e.item.recipeId)?.diet.lacto_ovo_vegetarian !== 'yes',
        ).length
        const t = dailyTargets(p)
        let errorPct = 0
        let b12Days = 0
        for (const date of weekDates(WEEK)) {
          const intake = dayIntake(
            mine.filter((e) => e.date === date),
            p,
            recipesById,
            foods,
          )
          errorPct += (100 * Math.abs(intake.energyKcal - t.energyKcal)) / t.energyKcal / 7
          if (
            !week.infeasibilities.some(
              (i) => i.profileId === p.id && i.date === date && i.code.startsWith('B12'),
            )
          )
            b12Days++
        }
        const list = rows.get(p.id) ?? []
        list.push([v.distinctRecipes, v.maxUses, v.backToBack, meatOrFish, errorPct, b12Days])
        rows.set(p.id, list)
      }
    }
    for (const [id, list] of rows) {
      const col = (i: number) => median(list.map((r) => r[i]!))
      console.log(
        `| ${label} | ${id} | ${col(0)} | ${col(1)} | ${col(2)} | ${col(3)} | ${fmt(col(4))} | ${col(5)} of 7 | ${median(misses)} | ${fmt(median(times), 0)} |`,
      )
    }
  }
}

void main()
