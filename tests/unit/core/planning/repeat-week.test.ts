import { describe, expect, it } from 'vitest'
import {
  bestShift,
  repeatWeek,
  shiftedDate,
  shiftOptions,
  shiftWeek,
} from '../../../../src/core/planning/repeat-week'
import {
  planEntryId,
  recipeId,
  type MealSlot,
  type PlanEntry,
} from '../../../../src/core/planning/types'
import { weekDates } from '../../../../src/core/planning/week-context'
import { foodId } from '../../../../src/core/foods/types'
import { loadFoods, loadStarterRecipes } from '../../../fixtures/planning/foods'
import { person } from '../../../fixtures/planning/people'

const SOURCE = '2025-03-03'
const TARGET = '2025-03-10'
const ana = person('ana', 'vegan', 40, 65, 2000)
const sam = person('sam', 'omnivore', 78, 70, 1900)

let n = 0
const newId = (): string => `new-${++n}`

function meal(
  who: string,
  date: string,
  slot: MealSlot,
  recipe: string,
  locked = false,
): PlanEntry {
  return {
    id: planEntryId(`${who}-${date}-${slot}-${recipe}`),
    profileId: (who === 'ana' ? ana : sam).id,
    date,
    slot,
    item: { kind: 'recipe', recipeId: recipeId(recipe), servings: 1 },
    locked,
  }
}

describe('shiftedDate', () => {
  it('moves each weekday on by the shift, wrapping Sunday round', () => {
    const src = weekDates(SOURCE)
    const dst = weekDates(TARGET)
    expect(src.map((d) => shiftedDate(d, SOURCE, TARGET, 0))).toEqual(dst)
    expect(src.map((d) => shiftedDate(d, SOURCE, TARGET, 2))).toEqual([
      dst[2],
      dst[3],
      dst[4],
      dst[5],
      dst[6],
      dst[0],
      dst[1],
    ])
  })
})

describe('shiftWeek', () => {
  it('copies only the source week and the chosen people, with new ids, unlocked', () => {
    const source = [
      meal('ana', '2025-03-03', 'dinner', 'a', true),
      meal('sam', '2025-03-04', 'dinner', 'b'),
      meal('ana', '2025-03-10', 'dinner', 'outside'),
    ]
    const copy = shiftWeek({
      source,
      sourceMonday: SOURCE,
      targetMonday: TARGET,
      shift: 1,
      people: [ana],
      newId,
    })
    expect(copy).toHaveLength(1)
    expect(copy[0]).toMatchObject({ date: '2025-03-11', slot: 'dinner', locked: false })
    expect(copy[0]?.id).not.toBe(source[0]?.id)
  })
})

describe('shiftOptions and bestShift: the variety rule across the join', () => {
  it('a shift that puts last Sunday’s dinner on Monday again counts as a repeat', () => {
    // last week: a different dinner each day, so any shift is fine inside the week
    const source = weekDates(SOURCE).map((d, i) => meal('ana', d, 'dinner', `r${i}`))
    const options = shiftOptions(
      { source, sourceMonday: SOURCE, targetMonday: TARGET, people: [ana], newId },
      source,
    )
    // shift 1 puts Sunday's r6 on Monday, right after Sunday's r6
    expect(options.find((o) => o.shift === 1)?.backToBack).toBe(1)
    expect(options.find((o) => o.shift === 0)?.backToBack).toBe(0)
    expect(bestShift(options)).toBe(0)
  })

  it('picks the shift with fewest repeats when the same weekdays would repeat', () => {
    // the source is two weeks back; last Sunday's dinner is the source Monday's dinner
    const twoBack = '2025-02-24'
    const source = weekDates(twoBack).map((d, i) => meal('ana', d, 'dinner', `r${i}`))
    const before = [meal('ana', '2025-03-09', 'dinner', 'r0')]
    const options = shiftOptions(
      { source, sourceMonday: twoBack, targetMonday: TARGET, people: [ana], newId },
      before,
    )
    expect(options.find((o) => o.shift === 0)?.backToBack).toBe(1)
    expect(bestShift(options)).toBe(1)
    expect(options.find((o) => o.shift === 1)?.backToBack).toBe(0)
  })
})

describe('repeatWeek', () => {
  const { foods } = loadFoods()
  const recipes = loadStarterRecipes()
  const vegan = recipes.find((r) => r.declaredDiet === 'vegan' && r.slots.includes('dinner'))!
  const omni = recipes.find((r) => r.declaredDiet === 'omnivore' && r.slots.includes('dinner'))!
  const oats = recipes.find((r) => r.id === 'overnight-oats-soy-blueberry')!

  it('replaces unlocked meals, keeps locked ones, and leaves out what a person can no longer eat', () => {
    const source = [
      meal('ana', '2025-03-03', 'dinner', vegan.id),
      meal('ana', '2025-03-04', 'dinner', omni.id), // Ana is vegan now: left out
      meal('ana', '2025-03-05', 'breakfast', oats.id), // Ana is allergic to oats now: left out
      meal('sam', '2025-03-03', 'dinner', omni.id), // Sam's Monday dinner is locked: left out
      {
        ...meal('sam', '2025-03-03', 'breakfast', ''),
        item: { kind: 'food' as const, foodId: foodId('sr28:01123'), grams: 50 as never },
      },
    ]
    const target = [
      meal('sam', '2025-03-10', 'dinner', vegan.id, true),
      meal('ana', '2025-03-12', 'lunch', vegan.id),
    ]
    const result = repeatWeek(
      {
        source,
        sourceMonday: SOURCE,
        targetMonday: TARGET,
        shift: 0,
        people: [{ ...ana, allergies: ['oats'] }, sam],
        target,
        newId,
      },
      recipes,
      foods,
    )
    expect(result.remove.map((e) => e.id)).toEqual([target[1]?.id])
    expect(result.blockedByLocked).toBe(1)
    expect(result.ruledOut.map((r) => [r.entry.date, r.violation.code])).toEqual([
      ['2025-03-11', 'DIET'],
      ['2025-03-12', 'ALLERGY'],
    ])
    expect(result.add.map((e) => [e.profileId, e.date, e.slot])).toEqual([
      ['ana', '2025-03-10', 'dinner'],
      ['sam', '2025-03-10', 'breakfast'],
    ])
  })
})
