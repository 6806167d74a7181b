import { beforeAll, describe, expect, it } from 'vitest'
import {
  buildDayModel,
  readDayChoices,
  searchChoices,
} from '../../../../src/core/planning/day-model'
import {
  searchDay,
  type DaySearch,
  type SearchPick,
} from '../../../../src/core/planning/day-search'
import { generateWeek } from '../../../../src/core/planning/generate-week'
import type { PlannerPerson } from '../../../../src/core/planning/person'
import { mulberry32 } from '../../../../src/core/planning/prng'
import { DEFAULT_WEIGHTS } from '../../../../src/core/planning/scoring'
import { recipeId, type PlanEntry } from '../../../../src/core/planning/types'
import { remainingUses, type GenerateWeekInput } from '../../../../src/core/planning/week-context'
import { runWeekAsync } from '../../../../src/core/planning/week-runner'
import { loadFoods, loadStarterRecipes } from '../../../fixtures/planning/foods'
import { createHighsSolver, type HighsNodeSolver } from '../../../fixtures/planning/highs-node'
import { HOUSEHOLD, person } from '../../../fixtures/planning/people'

const { foods } = loadFoods()
const recipes = loadStarterRecipes()
const WEEK = '2025-03-03'
let exact: HighsNodeSolver

beforeAll(async () => {
  exact = await createHighsSolver({ mipRelGap: 0, timeLimitSeconds: 60 })
  await exact.warmUp()
})

const omnivorePpi = person('omnivore-ppi-78', 'omnivore', 78, 72, 1900, {
  medications: [{ class: 'ppi', years: 5 }],
})
const veganChild = person('vegan-child-6', 'vegan', 6, 21, 1400)

const input = (
  people: readonly PlannerPerson[],
  extra: Partial<GenerateWeekInput> = {},
): GenerateWeekInput => ({ people, recipes, foods, weekStart: WEEK, seed: 3, ...extra })

/** Runs a week where every day is solved by the search and by HiGHS at zero gap; both optima. */
async function bothWays(week: GenerateWeekInput): Promise<[number, number][]> {
  const optima: [number, number][] = []
  await runWeekAsync(week, async (ctx, p, free, fixed, targets) => {
    const remaining = new Map<ReturnType<typeof recipeId>, number>()
    const left = remainingUses(p)
    for (const slot of free)
      for (const c of slot.candidates) remaining.set(c.facts.recipe.id, left(c.facts.recipe.id))
    const dm = buildDayModel({ free, fixed, targets, remaining, weights: ctx.weights })
    const found = searchDay(dm.search!)
    const solved = await exact.solve(dm.model)
    expect(found).not.toBeNull()
    expect(solved.status).toBe('optimal')
    optima.push([found!.objective, solved.objective])
    return found ? searchChoices(dm, found.picks) : readDayChoices(dm, solved.values)
  })
  return optima
}

describe('searchDay on real weeks: the same optimum as HiGHS at zero gap', () => {
  it('every day of a household week of four (205 recipes, sides and shared meals)', async () => {
    const optima = await bothWays(input(HOUSEHOLD))
    expect(optima).toHaveLength(28)
    for (const [search, highs] of optima) expect(search).toBeCloseTo(highs, 6)
  })

  it('an older omnivore on a PPI (crystalline B12 row, egg cap) and a vegan child of 6', async () => {
    const optima = await bothWays(input([omnivorePpi, veganChild], { seed: 11 }))
    expect(optima).toHaveLength(14)
    for (const [search, highs] of optima) expect(search).toBeCloseTo(highs, 6)
  })

  it('days with locked meals and a single open meal', async () => {
    const first = await generateWeek(input([omnivorePpi]), exact)
    const locked: PlanEntry[] = first.entries
      .filter((e) => e.slot === 'breakfast' || e.slot === 'dinner')
      .map((e) => ({ ...e, locked: true }))
    const threeOpen = await bothWays(input([omnivorePpi], { existing: locked, seed: 5 }))
    expect(threeOpen).toHaveLength(7)
    for (const [search, highs] of threeOpen) expect(search).toBeCloseTo(highs, 6)
    const oneOpen = await bothWays(
      input([omnivorePpi], {
        existing: first.entries,
        scope: { kind: 'meal', date: '2025-03-05', slot: 'lunch' },
      }),
    )
    expect(oneOpen).toHaveLength(1)
    expect(oneOpen[0]![0]).toBeCloseTo(oneOpen[0]![1], 6)
  })
})

describe('generateWeek uses the search and keeps HiGHS for what it hands back', () => {
  it('searches every day by default; daySolver mip gives the same week objective', async () => {
    const searched = await generateWeek(input(HOUSEHOLD.slice(0, 2)), exact)
    expect(searched.stats.searched).toBe(searched.stats.solves)
    expect(searched.stats.solves).toBe(14)
    const viaMip = await generateWeek(input(HOUSEHOLD.slice(0, 2), { daySolver: 'mip' }), exact)
    expect(viaMip.stats.searched).toBe(0)
    expect(viaMip.stats.fallbacks).toBe(0)
    expect(searched.stats.objective).toBeCloseTo(viaMip.stats.objective, 4)
  })

  it('secant absorption goes to HiGHS (an event is not a constant per choice there)', async () => {
    const week = await generateWeek(input([veganChild], { absorption: 'secant' }), exact)
    expect(week.stats.searched).toBe(0)
    expect(week.stats.solves).toBe(7)
    expect(week.stats.fallbacks).toBe(0)
  })
})

// Small hand-made days, checked against brute force over every combination.

const W = { ...DEFAULT_WEIGHTS }

function pick(
  meal: number,
  id: string,
  points: number,
  extra: Partial<SearchPick> = {},
): SearchPick {
  return {
    meal,
    recipeId: recipeId(id),
    points,
    energyKcal: 500,
    proteinG: 20,
    absorbedUg: 0.5,
    crystallineUg: 0,
    side: false,
    ownDiet: false,
    cappedG: [0],
    ...extra,
  }
}

function day(picks: SearchPick[], extra: Partial<DaySearch> = {}): DaySearch {
  const openMeals = Math.max(...picks.map((p) => p.meal)) + 1
  return {
    picks,
    openMeals,
    energyMinKcal: 450 * openMeals,
    energyMaxKcal: 550 * openMeals,
    energyTargetKcal: 500 * openMeals,
    proteinMinG: 10,
    b12NeedUg: 0.5,
    crystallineNeedUg: null,
    capLimitsG: [null],
    forbidden: new Set(),
    weights: W,
    ...extra,
  }
}

/** The day model's objective for a choice per meal, written out independently of the search. */
function objective(s: DaySearch, chosen: readonly number[]): number | null {
  const ps = chosen.map((i) => s.picks[i]!)
  if (new Set(ps.map((p) => p.recipeId)).size < ps.length) return null
  if (ps.some((p) => s.forbidden.has(p.recipeId))) return null
  if (ps.filter((p) => p.side).length > 1) return null
  const sum = (f: (p: SearchPick) => number) => ps.reduce((t, p) => t + f(p), 0)
  const kcal = sum((p) => p.energyKcal)
  let value = sum((p) => p.points) + (ps.some((p) => p.ownDiet) ? W.ownDiet : 0)
  value -= W.slackEnergyKcal * Math.max(0, s.energyMinKcal - kcal, kcal - s.energyMaxKcal)
  value -= W.energyDeviationKcal * Math.abs(kcal - s.energyTargetKcal)
  value -= W.slackProteinG * Math.max(0, s.proteinMinG - sum((p) => p.proteinG))
  value -= W.slackB12Ug * Math.max(0, s.b12NeedUg - sum((p) => p.absorbedUg))
  if (s.crystallineNeedUg !== null)
    value -= W.slackB12Ug * Math.max(0, s.crystallineNeedUg - sum((p) => p.crystallineUg))
  s.capLimitsG.forEach((limit, k) => {
    if (limit !== null) value -= W.foodCapG * Math.max(0, sum((p) => p.cappedG[k] ?? 0) - limit)
  })
  return value
}

function bruteForce(s: DaySearch): number | null {
  let best: number | null = null
  const walk = (m: number, chosen: number[]) => {
    if (m === s.openMeals) {
      const v = objective(s, chosen)
      if (v !== null && (best === null || v > best)) best = v
      return
    }
    s.picks.forEach((p, i) => {
      if (p.meal === m) walk(m + 1, [...chosen, i])
    })
  }
  walk(0, [])
  return best
}

describe('searchDay on hand-made days', () => {
  it('gives up points to meet B12: the best pair by points misses it, the next does not', () => {
    const s = day(
      [
        pick(0, 'toast', 12, { absorbedUg: 0.1 }),
        pick(0, 'fortified cereal', 10, { absorbedUg: 1.2 }),
        pick(1, 'salad', 12, { absorbedUg: 0.1 }),
      ],
      { b12NeedUg: 1 },
    )
    const found = searchDay(s)!
    expect(found.picks).toEqual([1, 2])
    expect(found.objective).toBeCloseTo(objective(s, [1, 2])!, 9)
  })

  it('a recipe at most once a day, one side at most, never a recipe with no use left', () => {
    const s = day(
      [
        pick(0, 'curry', 20),
        pick(0, 'curry', 19, { side: true }), // the same curry with a side of salmon
        pick(0, 'oats', 11),
        pick(1, 'curry', 20),
        pick(1, 'soup', 18, { side: true }), // soup with an egg
        pick(1, 'stew', 10),
        pick(1, 'pizza', 30),
      ],
      { forbidden: new Set([recipeId('pizza')]) },
    )
    const found = searchDay(s)!
    // curry + curry is out (once a day), salmon side + egg side is out (one side), pizza has no use left.
    expect(found.picks).toEqual([0, 4])
    expect(found.objective).toBeCloseTo(bruteForce(s)!, 9)
  })

  it('pays the own-diet points once, and lets them decide a close call', () => {
    const s = day([
      pick(0, 'tofu', 10.5),
      pick(0, 'fish', 10, { ownDiet: true }),
      pick(1, 'beans', 10),
      pick(1, 'chicken', 9.9, { ownDiet: true }),
    ])
    // tofu + chicken 24.4 beats tofu + beans 20.5; fish + chicken is 23.9: the points come once.
    const found = searchDay(s)!
    expect(found.picks).toEqual([0, 3])
    expect(found.objective).toBeCloseTo(10.5 + 9.9 + W.ownDiet, 9)
  })

  it('counts grams over a daily food cap as the model does', () => {
    const s = day(
      [
        pick(0, 'omelette', 14, { cappedG: [150] }),
        pick(0, 'porridge', 12),
        pick(1, 'egg salad', 14, { cappedG: [100] }),
        pick(1, 'lentils', 12.5),
      ],
      { capLimitsG: [150] },
    )
    // Both egg dishes: 28 − 100 g over × 1 point = −72; omelette + lentils: 26.5.
    expect(searchDay(s)!.picks).toEqual([0, 3])
  })

  it('returns null when a meal has no allowed choice or the budget runs out', () => {
    expect(
      searchDay(day([pick(0, 'a', 1), pick(1, 'b', 1)], { forbidden: new Set([recipeId('b')]) })),
    ).toBeNull()
    const many = day(
      Array.from({ length: 40 }, (_, i) => pick(i % 4, `r${i}`, 1, { absorbedUg: 0 })),
      {
        b12NeedUg: 1,
      },
    )
    expect(searchDay(many, 10)).toBeNull()
    expect(searchDay(many)).not.toBeNull()
  })

  it('matches brute force on 300 random days of one to four meals', () => {
    const random = mulberry32(77)
    for (let n = 0; n < 300; n++) {
      const meals = 1 + Math.floor(random() * 4)
      const picks: SearchPick[] = []
      for (let m = 0; m < meals; m++) {
        const count = 1 + Math.floor(random() * 7)
        for (let i = 0; i < count; i++)
          picks.push(
            pick(m, `r${Math.floor(random() * 9)}`, 5 + random() * 10, {
              energyKcal: 200 + random() * 600,
              proteinG: random() * 40,
              absorbedUg: random() * 1.5,
              crystallineUg: random() < 0.3 ? random() : 0,
              side: random() < 0.2,
              ownDiet: random() < 0.25,
              cappedG: [random() < 0.3 ? random() * 150 : 0],
            }),
          )
      }
      const s = day(picks, {
        b12NeedUg: random() * 2.5,
        crystallineNeedUg: random() < 0.5 ? random() * 0.8 : null,
        proteinMinG: random() * 60,
        capLimitsG: [random() < 0.5 ? 150 : null],
        forbidden: random() < 0.3 ? new Set([recipeId('r0')]) : new Set(),
      })
      const expected = bruteForce(s)
      const found = searchDay(s)
      if (expected === null) expect(found).toBeNull()
      else {
        expect(found).not.toBeNull()
        expect(found!.objective).toBeCloseTo(expected, 9)
        expect(objective(s, found!.picks)).toBeCloseTo(expected, 9)
      }
    }
  })
})
