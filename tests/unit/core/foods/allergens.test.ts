import { describe, expect, it } from 'vitest'
import {
  ALLERGEN_GROUPS,
  allergenMatcher,
  allergyGroups,
  foodAllergenGroups,
} from '../../../../src/core/foods/allergens'
import type { FoodId, FoodRecord } from '../../../../src/core/foods/types'
import {
  checkerAllergenGroups,
  checkerAllergyHit,
  checkerTypedGroups,
} from '../../../../src/core/planning/check-allergens'
import { ALLERGY_CASES } from '../../../fixtures/allergy-words'
import { loadFoods } from '../../../fixtures/planning/foods'

const { foods } = loadFoods()
const food = (id: string): FoodRecord => {
  const f = foods.get(id as FoodId)
  if (!f) throw new Error(`fixture food ${id} is not in the catalogue`)
  return f
}

describe('allergyGroups: what a typed word means', () => {
  it.each([
    ['oats', ['oats'], undefined],
    ['Oat', ['oats'], undefined],
    ['Nuts', ['tree-nut', 'peanut'], 'nuts'],
    ['nut allergy', ['tree-nut', 'peanut'], 'nuts'],
    ['tree nuts', ['tree-nut'], undefined],
    ['Tree-Nuts', ['tree-nut'], undefined],
    ['peanuts', ['peanut'], undefined],
    ['dairy', ['milk'], undefined],
    ['lactose', ['milk'], undefined],
    ["cow's milk", ['milk'], undefined],
    ['shellfish', ['crustacean', 'mollusc'], undefined],
    ['eggs', ['egg'], undefined],
    ['gluten', ['gluten'], undefined],
    ['Coeliac disease', ['gluten'], undefined],
    ['celiac', ['gluten'], undefined],
    ['sesame seeds', ['sesame'], undefined],
    ['soya', ['soy'], undefined],
    ['coconut', [], undefined],
  ])('%s', (word, groups, ambiguous) => {
    const r = allergyGroups(word)
    expect([...r.groups].sort()).toEqual([...groups].sort())
    expect(r.ambiguous).toBe(ambiguous)
    // the checker reads the same word to the same groups, from its own table
    expect([...checkerTypedGroups(word)].sort()).toEqual([...groups].sort())
  })
})

describe('the allergy fixture: generator matcher and checker table both exclude it', () => {
  it.each(ALLERGY_CASES.map((c) => [c.word, c] as const))('%s', (word, c) => {
    const gen = allergenMatcher([word])
    const chk = checkerAllergyHit([word])
    for (const id of c.must) {
      expect(gen(food(id)), `${word} must exclude ${id} (generator)`).toBe(true)
      expect(chk(food(id)), `${word} must exclude ${id} (checker)`).toBe(word)
    }
    for (const id of c.mustNot) {
      expect(gen(food(id)), `${word} must leave ${id} (generator)`).toBe(false)
      expect(chk(food(id)), `${word} must leave ${id} (checker)`).toBeNull()
    }
  })

  it('matches food ids exactly', () => {
    expect(allergenMatcher(['sr28:12061'])(food('sr28:12061'))).toBe(true)
    expect(allergenMatcher(['sr28:12061'])(food('sr28:12155'))).toBe(false)
    expect(checkerAllergyHit(['sr28:12061'])(food('sr28:12061'))).toBe('sr28:12061')
  })

  it('matches unknown words on word boundaries only ("pea" is not "peanut")', () => {
    expect(allergenMatcher(['pea'])(food('sr28:16098'))).toBe(false)
    expect(allergenMatcher(['pea'])(food('sr28:11312'))).toBe(true)
  })
})

/*
 * Over the whole catalogue, the generator's and the checker's tables must agree group by
 * group. Allowed disagreements would be listed here with the reason; today there are none.
 */
const ALLOWED_DISAGREEMENTS: Readonly<Record<string, readonly string[]>> = {}

describe('catalogue-wide cross-check of the two allergen tables', () => {
  const all = [...foods.values()]
  it.each(ALLERGEN_GROUPS.map((g) => [g] as const))('%s', (group) => {
    const differ = all
      .filter((f) => foodAllergenGroups(f).has(group) !== checkerAllergenGroups(f).has(group))
      .map((f) => f.id as string)
    expect(differ).toEqual(ALLOWED_DISAGREEMENTS[group] ?? [])
    // and the group is not empty: a table that finds nothing would agree trivially
    expect(all.some((f) => foodAllergenGroups(f).has(group))).toBe(true)
  })
})
