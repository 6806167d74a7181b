import { describe, expect, it } from 'vitest'
import { DIETS, foodId, type Diet, type FoodRecord } from '../../../../src/core/foods/types'
import { foodAllergenGroups, type AllergenGroup } from '../../../../src/core/foods/allergens'
import {
  decodeRecipes,
  RecipeFormatError,
  type LibraryRecipe,
} from '../../../../src/core/planning/recipe-library'
import {
  recipeDiet,
  recipeDietAnswers,
  recipeNutrition,
  UnknownFoodError,
} from '../../../../src/core/planning/recipe-nutrition'
import {
  MEAL_SLOTS,
  recipeId,
  type MealSlot,
  type Recipe,
} from '../../../../src/core/planning/types'
import { grams } from '../../../../src/core/units'
import {
  loadFoods,
  loadStarterRecipes,
  readStarterRecipesJson,
} from '../../../fixtures/planning/foods'

const { foods } = loadFoods()
const library = loadStarterRecipes()

/** Allergen groups of a recipe, read from its foods (the planner's own allergen table). */
function recipeAllergens(r: Recipe): Set<AllergenGroup> {
  return new Set(r.ingredients.flatMap((i) => [...foodAllergenGroups(foods.get(i.foodId)!)]))
}

const ownRecipes = (diet: Diet, slot: MealSlot): LibraryRecipe[] =>
  library.filter((r) => r.declaredDiet === diet && r.slots.includes(slot))

/*
 * Minimum recipes of a diet's own (meat for omnivores, fish for pescatarians) per meal. A week
 * has 7 of each meal; with each recipe at most twice and never on consecutive days, a person
 * needs at least 4 distinct recipes per meal, and allergies, "soft" and household rules cut
 * the choice further, so each diet gets at least twice that for breakfast and snacks and more
 * for lunch and dinner.
 */
const OWN_MINIMUM: Readonly<Record<MealSlot, number>> = {
  breakfast: 10,
  lunch: 15,
  dinner: 15,
  snack: 8,
}
/** Minimum recipes a diet can eat per meal (its own and the stricter diets'; vegans only their own). */
const USABLE_MINIMUM: Readonly<Record<MealSlot, number>> = {
  breakfast: 18,
  lunch: 25,
  dinner: 22,
  snack: 15,
}

/** Fortified foods that exist as real products (plant drinks, cereals, yeast, fortified tofu). */
const REAL_FORTIFIED =
  /soy ?milk|oat (?:milk|drink)|rice milk|tofu|nutritional yeast|yeast extract|^Cereals ready-to-eat/i

describe('starter recipe library', () => {
  it('has at least 200 recipes with unique ids and unique names', () => {
    expect(library.length).toBeGreaterThanOrEqual(200)
    expect(new Set(library.map((r) => r.id)).size).toBe(library.length)
    expect(new Set(library.map((r) => r.name.toLowerCase())).size).toBe(library.length)
  })

  it.each(DIETS.flatMap((diet) => MEAL_SLOTS.map((slot) => [diet, slot] as const)))(
    '%s has enough %s recipes of its own and enough it can eat',
    (diet, slot) => {
      expect(ownRecipes(diet, slot).length).toBeGreaterThanOrEqual(OWN_MINIMUM[slot])
      const usable = library.filter(
        (r) => recipeDietAnswers(r, foods)[diet] === 'yes' && r.slots.includes(slot),
      )
      expect(usable.length).toBeGreaterThanOrEqual(USABLE_MINIMUM[slot])
    },
  )

  it('uses only foods that exist in the catalogue', () => {
    for (const r of library)
      for (const i of r.ingredients) expect(foods.has(i.foodId), `${r.id}: ${i.foodId}`).toBe(true)
  })

  it.each(library.map((r) => [r.id, r] as const))(
    '%s: computed diet matches its intended diet',
    (_id, r) => {
      expect(recipeDiet(r, foods)).toBe(r.declaredDiet)
    },
  )

  it('declares the diet its animal foods call for: meat omnivore, fish pescatarian, dairy or egg vegetarian', () => {
    for (const r of library) {
      const fs = r.ingredients.map((i) => foods.get(i.foodId)!)
      const meat = fs.some((f) => f.diet.pescatarian === 'no')
      const fish = !meat && fs.some((f) => f.diet.lacto_ovo_vegetarian === 'no')
      const dairyOrEgg = !meat && !fish && fs.some((f) => f.diet.vegan === 'no')
      const expected: Diet = meat
        ? 'omnivore'
        : fish
          ? 'pescatarian'
          : dairyOrEgg
            ? 'lacto_ovo_vegetarian'
            : 'vegan'
      expect(r.declaredDiet, r.id).toBe(expected)
    }
  })

  it('makes every animal food a real USDA food (SR28 or FNDDS), not a curated or made-up one', () => {
    for (const r of library)
      for (const i of r.ingredients)
        if (foods.get(i.foodId)!.diet.vegan === 'no')
          expect(i.foodId, r.id).toMatch(/^(sr28|fndds):/)
  })

  it('uses fortified foods only where a real fortified product exists', () => {
    for (const r of library)
      for (const i of r.ingredients) {
        const f = foods.get(i.foodId)!
        if (f.b12.crystallineUgPer100g > 0) expect(f.name, r.id).toMatch(REAL_FORTIFIED)
      }
  })

  it('has realistic energy per serving: meals 300–700 kcal, snacks 100–300 kcal', () => {
    for (const r of library) {
      const kcal = recipeNutrition(r, foods).energyKcal
      const snackOnly = r.slots.every((s) => s === 'snack')
      const [lo, hi] = snackOnly ? [100, 300] : [300, 700]
      expect(kcal, r.id).toBeGreaterThanOrEqual(lo)
      expect(kcal, r.id).toBeLessThanOrEqual(hi)
    }
  })

  it('gives vegans B12 only from fortified foods, and at least 8 vegan B12 meals', () => {
    const vegan = library.filter((r) => r.declaredDiet === 'vegan')
    for (const r of vegan) expect(recipeNutrition(r, foods).b12FoodUg, r.id).toBe(0)
    expect(
      vegan.filter((r) => recipeNutrition(r, foods).b12CrystallineUg >= 1).length,
    ).toBeGreaterThanOrEqual(8)
  })

  it.each(DIETS)('has soft and child-friendly dishes for %s', (diet) => {
    const own = library.filter((r) => r.declaredDiet === diet)
    expect(own.filter((r) => r.tags.includes('soft')).length).toBeGreaterThanOrEqual(10)
    expect(own.filter((r) => r.tags.includes('child-friendly')).length).toBeGreaterThanOrEqual(5)
  })

  it('has at least 60 soft and 40 child-friendly recipes; none of the child-friendly has whole nuts', () => {
    expect(library.filter((r) => r.tags.includes('soft')).length).toBeGreaterThanOrEqual(60)
    const child = library.filter((r) => r.tags.includes('child-friendly'))
    expect(child.length).toBeGreaterThanOrEqual(40)
    for (const r of child)
      for (const i of r.ingredients)
        expect(foods.get(i.foodId)!.name, r.id).not.toMatch(
          /^(?:Nuts, (?!.*(?:butter|paste))|Peanuts)/,
        )
  })

  it.each<AllergenGroup>(['tree-nut', 'peanut', 'soy', 'gluten', 'milk', 'egg'])(
    'has at least 10 vegan breakfasts free of %s',
    (group) => {
      const free = ownRecipes('vegan', 'breakfast').filter((r) => !recipeAllergens(r).has(group))
      expect(free.length).toBeGreaterThanOrEqual(10)
    },
  )

  it('has at least 6 vegan breakfasts free of nuts, peanuts, soy, gluten, milk and egg at once', () => {
    const groups: AllergenGroup[] = ['tree-nut', 'peanut', 'soy', 'gluten', 'milk', 'egg']
    const free = ownRecipes('vegan', 'breakfast').filter((r) => {
      const found = recipeAllergens(r)
      return groups.every((g) => !found.has(g))
    })
    expect(free.length).toBeGreaterThanOrEqual(6)
  })

  it('has steps, a prep time and kebab-case ids', () => {
    for (const r of library) {
      expect(r.steps.length).toBeGreaterThan(0)
      expect(r.prepMinutes).toBeGreaterThan(0)
      expect(r.id).toMatch(/^[a-z0-9-]+$/)
      expect(r.source).toBe('builtin')
    }
  })
})

describe('decodeRecipes', () => {
  const json = readStarterRecipesJson()
  const first = json.recipes[0]!

  it('fails clearly on an unknown food id', () => {
    const bad = {
      ...json,
      recipes: [{ ...first, ingredients: [{ foodId: 'sr28:99999999', grams: 10 }] }],
    }
    expect(() => decodeRecipes(bad, foods)).toThrow(RecipeFormatError)
    expect(() => decodeRecipes(bad, foods)).toThrow(/unknown food id sr28:99999999/)
  })

  it.each([
    ['wrong format', { ...json, format: 'x' }],
    ['duplicate id', { ...json, recipes: [first, first] }],
    [
      'zero grams',
      { ...json, recipes: [{ ...first, ingredients: [{ foodId: 'sr28:20038', grams: 0 }] }] },
    ],
    ['unknown slot', { ...json, recipes: [{ ...first, slots: ['brunch'] }] }],
    ['unknown diet', { ...json, recipes: [{ ...first, diet: 'keto' }] }],
    ['fractional servings', { ...json, recipes: [{ ...first, servings: 1.5 }] }],
    ['unknown tag', { ...json, recipes: [{ ...first, tags: ['spicy'] }] }],
  ])('rejects %s', (_label, bad) => {
    expect(() => decodeRecipes(bad, foods)).toThrow(RecipeFormatError)
  })
})

it('decodeRecipes accepts the child-friendly tag', () => {
  const json = readStarterRecipesJson()
  const tagged = { ...json, recipes: [{ ...json.recipes[0]!, tags: ['soft', 'child-friendly'] }] }
  expect(decodeRecipes(tagged, foods)[0]!.tags).toEqual(['soft', 'child-friendly'])
})

describe('recipeNutrition and recipeDiet', () => {
  const food = (
    id: string,
    vegan: 'yes' | 'no' | 'unknown',
    kcal: number,
    b12: [number, number],
  ): FoodRecord => ({
    ...foods.get(foodId('sr28:20038'))!,
    id: foodId(id),
    per100g: {
      energyKcal: kcal,
      proteinG: 10,
      b12Ug: b12[0] + b12[1],
      b12AddedUg: b12[1],
      folateDfeUg: 20,
      folicAcidUg: null,
    },
    b12: {
      class: b12[1] > 0 ? 'fortified' : 'animal',
      reason: 'label',
      foodUgPer100g: b12[0],
      crystallineUgPer100g: b12[1],
    },
    diet: {
      vegan,
      lacto_ovo_vegetarian: 'yes',
      pescatarian: 'yes',
      omnivore: 'yes',
      reason: 'declared',
    },
  })
  const lookup = new Map([
    [foodId('t:a'), food('t:a', 'yes', 100, [0, 2])],
    [foodId('t:b'), food('t:b', 'unknown', 400, [1, 0])],
    [foodId('t:c'), food('t:c', 'no', 50, [0.5, 0])],
  ])
  const recipe = (ids: string[]): Recipe => ({
    id: recipeId('r'),
    name: 'r',
    slots: ['lunch'],
    servings: 2,
    steps: ['x'],
    prepMinutes: 1,
    tags: [],
    source: 'user',
    ingredients: ids.map((id) => ({ foodId: foodId(id), grams: grams(200) })),
  })

  it('sums ingredients and divides by servings (kcal, g, µg by form, µg DFE)', () => {
    const n = recipeNutrition(recipe(['t:a', 't:b']), lookup)
    // (200 g × 100 + 200 g × 400) / 100 / 2 servings = 500 kcal
    expect(n.energyKcal).toBeCloseTo(500)
    expect(n.proteinG).toBeCloseTo(20)
    expect(n.b12CrystallineUg).toBeCloseTo(2)
    expect(n.b12FoodUg).toBeCloseTo(1)
    expect(n.folateDfeUg).toBeCloseTo(40)
  })

  it.each<[string[], Diet]>([
    [['t:a'], 'vegan'],
    [['t:a', 't:b'], 'lacto_ovo_vegetarian'],
    [['t:a', 't:c'], 'lacto_ovo_vegetarian'],
  ])('%j → strictest certain diet %s', (ids, diet) => {
    expect(recipeDiet(recipe(ids), lookup)).toBe(diet)
  })

  it('a vegan answer needs every ingredient to be vegan yes', () => {
    expect(recipeDietAnswers(recipe(['t:a', 't:b']), lookup).vegan).toBe('unknown')
    expect(recipeDietAnswers(recipe(['t:a', 't:b', 't:c']), lookup).vegan).toBe('no')
  })

  it('throws on an unknown ingredient', () => {
    expect(() => recipeNutrition(recipe(['t:zzz']), lookup)).toThrow(UnknownFoodError)
  })
})
