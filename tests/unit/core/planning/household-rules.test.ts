import { beforeAll, describe, expect, it } from 'vitest'
import {
  notAppliedText,
  ruleMissText,
  ruleText,
} from '../../../../src/core/planning/household-rule-text'
import { checkHouseholdRules } from '../../../../src/core/planning/check-household-rules'
import { generateWeek } from '../../../../src/core/planning/generate-week'
import type { HouseholdRule } from '../../../../src/core/planning/household-rules'
import type { PlannerPerson } from '../../../../src/core/planning/person'
import {
  planEntryId,
  recipeId,
  type MealSlot,
  type PlanEntry,
} from '../../../../src/core/planning/types'
import { weekDates } from '../../../../src/core/planning/week-context'
import { loadFoods, loadStarterRecipes } from '../../../fixtures/planning/foods'
import { createHighsSolver, type HighsNodeSolver } from '../../../fixtures/planning/highs-node'
import { person } from '../../../fixtures/planning/people'

const { foods } = loadFoods()
const recipes = loadStarterRecipes()
const WEEK = '2025-03-03'
const dates = weekDates(WEEK)
const SEEDS = [1, 2, 3]
let solver: HighsNodeSolver

beforeAll(async () => {
  solver = await createHighsSolver()
  await solver.warmUp()
})

const OMNIVORE = person('sam', 'omnivore', 40, 80, 2400)
const PESCATARIAN = person('bo', 'pescatarian', 38, 62, 2000)
const VEGAN = person('ana', 'vegan', 30, 60, 2000)

const week = async (p: PlannerPerson, rules: readonly HouseholdRule[], seed: number) =>
  (await generateWeek({ people: [p], recipes, foods, weekStart: WEEK, seed, rules }, solver))
    .entries

/** How far a week is from keeping the rule (0 = kept), from the checker's numbers. */
const gap = (entries: readonly PlanEntry[], p: PlannerPerson, rule: HouseholdRule): number => {
  const miss = checkHouseholdRules({
    entries,
    people: [p],
    recipes,
    foods,
    rules: [rule],
    dates,
  }).misses.find((m) => m.kind === 'rule')
  if (!miss || miss.kind !== 'rule') return 0
  return rule.type === 'at-least' || rule.type === 'on-day'
    ? miss.asked - miss.have
    : rule.type === 'at-most'
      ? miss.have - miss.asked
      : miss.have
}

const CASES: readonly [string, PlannerPerson, HouseholdRule][] = [
  [
    'fish or seafood at least 10 times (pescatarian)',
    PESCATARIAN,
    { id: 'r', type: 'at-least', count: 10, what: { kind: 'fish' }, weight: 'important' },
  ],
  [
    'fish or seafood at least 5 times (omnivore)',
    OMNIVORE,
    { id: 'r', type: 'at-least', count: 5, what: { kind: 'fish' }, weight: 'important' },
  ],
  [
    'meat at most once a week',
    OMNIVORE,
    { id: 'r', type: 'at-most', count: 1, what: { kind: 'meat' }, weight: 'important' },
  ],
  [
    'chicken on Friday at dinner',
    OMNIVORE,
    { id: 'r', type: 'on-day', word: 'chicken', weekday: 4, slot: 'dinner', weight: 'important' },
  ],
  [
    'no soy at breakfast (vegan)',
    VEGAN,
    { id: 'r', type: 'avoid', avoid: 'soy', slot: 'breakfast', weight: 'important' },
  ],
  [
    'ready in 15 minutes on weekdays',
    OMNIVORE,
    { id: 'r', type: 'max-prep', minutes: 15, days: 'weekdays', weight: 'important' },
  ],
]

describe('each rule kind is kept more often with the rule than without (seeded weeks)', () => {
  it.each(CASES)(
    '%s',
    async (_label, p, rule) => {
      let without = 0
      let withRule = 0
      for (const seed of SEEDS) {
        without += gap(await week(p, [], seed), p, rule)
        withRule += gap(await week(p, [rule], seed), p, rule)
      }
      expect(withRule).toBeLessThan(without)
    },
    60_000,
  )
})

let n = 0
const meal = (p: PlannerPerson, day: number, slot: MealSlot, recipe: string): PlanEntry => ({
  id: planEntryId(`e${n++}`),
  profileId: p.id,
  date: dates[day]!,
  slot,
  item: { kind: 'recipe', recipeId: recipeId(recipe), servings: 1 },
  locked: false,
})
const check = (entries: PlanEntry[], people: PlannerPerson[], rules: HouseholdRule[]) =>
  checkHouseholdRules({ entries, people, recipes, foods, rules, dates })

const FISH_TWICE: HouseholdRule = {
  id: 'fish',
  type: 'at-least',
  count: 2,
  what: { kind: 'fish' },
  weight: 'important',
}

describe('checkHouseholdRules names each broken rule with numbers', () => {
  it('fish at 1 of the 2 meals asked for, on the day it was eaten', () => {
    const entries = [
      meal(PESCATARIAN, 1, 'dinner', 'salmon-potatoes-broccoli'),
      meal(PESCATARIAN, 2, 'dinner', 'lentil-bolognese'),
    ]
    const report = check(entries, [PESCATARIAN], [FISH_TWICE])
    expect(report.misses).toEqual([
      expect.objectContaining({ kind: 'rule', have: 1, asked: 2, dates: [dates[1]] }),
    ])
    expect(ruleMissText(report.misses[0]!, 'Bo')).toBe(
      "Fish or seafood at least twice a week (important): Bo's week has fish or seafood at 1 of the 2 meals asked for (Tuesday).",
    )
  })

  it('two fish meals keep the rule; tuna counts as fish, tofu does not', () => {
    const entries = [
      meal(PESCATARIAN, 0, 'lunch', 'tuna-cucumber-rice-bowl'),
      meal(PESCATARIAN, 3, 'dinner', 'salmon-corn-chowder'),
      meal(PESCATARIAN, 4, 'dinner', 'teriyaki-tofu-rice-bowl'),
    ]
    expect(check(entries, [PESCATARIAN], [FISH_TWICE]).misses).toEqual([])
  })

  it.each([
    [
      'meat at dinner at most once',
      {
        id: 'm',
        type: 'at-most',
        count: 1,
        what: { kind: 'meat' },
        slot: 'dinner',
        weight: 'nice',
      },
      [
        meal(OMNIVORE, 0, 'dinner', 'beef-pasta-bake'),
        meal(OMNIVORE, 1, 'dinner', 'chicken-noodle-soup'),
        meal(OMNIVORE, 2, 'lunch', 'chicken-yogurt-wrap'),
      ],
      "Meat at dinner at most once a week (nice to have): Sam's week has meat at 2 dinners (Monday and Tuesday), 1 more than asked.",
    ],
    [
      'chicken on Friday',
      { id: 'c', type: 'on-day', word: 'chicken', weekday: 4, weight: 'important' },
      [meal(OMNIVORE, 3, 'dinner', 'chicken-noodle-soup')],
      "Chicken on Friday (important): Sam's week has no chicken on Friday.",
    ],
    [
      'no soy at breakfast',
      { id: 's', type: 'avoid', avoid: 'soy', slot: 'breakfast', weight: 'important' },
      [
        meal(OMNIVORE, 0, 'breakfast', 'overnight-oats-soy-blueberry'),
        meal(OMNIVORE, 0, 'lunch', 'tofu-veg-stir-fry-noodles'),
      ],
      "No soy at breakfast (important): Sam's week has soy at 1 breakfast (Monday).",
    ],
    [
      'ready in 20 minutes on weekdays',
      { id: 'p', type: 'max-prep', minutes: 20, days: 'weekdays', weight: 'nice' },
      [
        meal(OMNIVORE, 0, 'dinner', 'beef-bean-chili-rice'),
        meal(OMNIVORE, 2, 'dinner', 'salmon-potatoes-broccoli'),
        meal(OMNIVORE, 5, 'dinner', 'beef-pasta-bake'),
      ],
      "Ready in 20 minutes or less on weekdays (nice to have): 2 of Sam's meals on weekdays take longer (Monday and Wednesday), up to 40 minutes.",
    ],
  ] as [string, HouseholdRule, PlanEntry[], string][])('%s', (_label, rule, entries, text) => {
    const report = check(entries, [OMNIVORE], [rule])
    expect(report.misses).toHaveLength(1)
    expect(ruleMissText(report.misses[0]!, 'Sam')).toBe(text)
  })

  it('a rule the diet cannot keep is not for that person, and says so', () => {
    const report = check([], [VEGAN, PESCATARIAN], [FISH_TWICE])
    expect(report.notApplied).toEqual([
      expect.objectContaining({ profileId: VEGAN.id, reason: 'diet' }),
    ])
    expect(notAppliedText(report.notApplied[0]!, 'Ana')).toBe(
      'Fish or seafood at least twice a week is not for Ana: a vegan diet has no fish or seafood.',
    )
    // The pescatarian has no fish at all this week: 0 of 2.
    expect(report.misses).toEqual([expect.objectContaining({ profileId: PESCATARIAN.id, have: 0 })])
  })

  it('a rule no recipe in the library can keep is named, not counted as broken', () => {
    const venison: HouseholdRule = {
      id: 'z',
      type: 'on-day',
      word: 'venison',
      weekday: 4,
      weight: 'nice',
    }
    const report = check([], [OMNIVORE], [venison])
    expect(report.misses).toEqual([])
    expect(notAppliedText(report.notApplied[0]!, 'Sam')).toBe(
      "Venison on Friday could not be kept for Sam: no recipe in the library with venison fits Sam's diet and allergies.",
    )
  })

  it('reports a recipe used 3 times once, with the variety aim', () => {
    const entries = [0, 2, 4].map((d) => meal(OMNIVORE, d, 'lunch', 'red-lentil-dahl'))
    const report = check(entries, [OMNIVORE], [])
    expect(report.misses).toHaveLength(1)
    expect(ruleMissText(report.misses[0]!, 'Sam')).toBe(
      "Variety: Sam's week has Red lentil dahl with spinach and rice 3 times; the aim is each recipe at most twice a week.",
    )
  })
})

describe('ruleText', () => {
  it.each([
    [FISH_TWICE, 'Fish or seafood at least twice a week'],
    [
      {
        id: 'a',
        type: 'at-most',
        count: 3,
        what: { kind: 'meat' },
        slot: 'dinner',
        weight: 'nice',
      },
      'Meat at dinner at most 3 times a week',
    ],
    [{ id: 'b', type: 'avoid', avoid: 'soy', weight: 'nice' }, 'No soy at any meal'],
    [
      { id: 'c', type: 'on-day', word: 'pizza', weekday: 4, slot: 'dinner', weight: 'nice' },
      'Pizza on Friday at dinner',
    ],
  ] as [HouseholdRule, string][])('%j', (rule, text) => {
    expect(ruleText(rule)).toBe(text)
  })
})
