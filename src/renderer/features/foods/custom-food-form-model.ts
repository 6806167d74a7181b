/**
 * The custom-food form's values (strings, as typed) and their conversion to and from a food.
 * Validation itself is the core's `customFoodFromLabel`, so the form and any import agree.
 */
import type { CustomFoodInput } from '../../../core/foods/custom-food'
import type { Aisle, Diet, FoodRecord, SupplementUnit } from '../../../core/foods/types'

export interface CustomFoodValues {
  name: string
  kind: 'food' | 'supplement'
  servingSize: string
  servingUnit: 'g' | 'ml'
  b12UgPerServing: string
  energyKcalPerServing: string
  proteinGPerServing: string
  folicAcidUgPerServing: string
  diet: Diet
  aisle: Aisle
  supplementUnit: SupplementUnit
}

export const EMPTY_CUSTOM_FOOD: CustomFoodValues = {
  name: '',
  kind: 'food',
  servingSize: '',
  servingUnit: 'g',
  b12UgPerServing: '',
  energyKcalPerServing: '',
  proteinGPerServing: '',
  folicAcidUgPerServing: '',
  diet: 'vegan',
  aisle: 'pantry',
  supplementUnit: 'tablet',
}

/** Numbers as a person would type them back: no float noise (0.30000000000000004 → 0.3). */
function show(value: number | null): string {
  return value === null ? '' : String(Number(value.toPrecision(10)))
}

function strictestDiet(food: FoodRecord): Diet {
  if (food.diet.vegan === 'yes') return 'vegan'
  if (food.diet.lacto_ovo_vegetarian === 'yes') return 'lacto_ovo_vegetarian'
  if (food.diet.pescatarian === 'yes') return 'pescatarian'
  return 'omnivore'
}

/** Form values for editing one of the person's own foods. */
export function valuesFromFood(food: FoodRecord): CustomFoodValues {
  const diet = strictestDiet(food)
  if (food.kind === 'supplement' && food.supplement) {
    return {
      ...EMPTY_CUSTOM_FOOD,
      name: food.name,
      kind: 'supplement',
      b12UgPerServing: show(food.supplement.ugPerUnit),
      diet,
      aisle: food.aisle,
      supplementUnit: food.supplement.unit,
    }
  }
  const portion = food.portions[0]
  const serving = portion?.grams ?? 100
  const perServing = (per100: number | null): number | null =>
    per100 === null ? null : (per100 * serving) / 100
  return {
    ...EMPTY_CUSTOM_FOOD,
    name: food.name,
    kind: 'food',
    servingSize: show(serving),
    servingUnit: portion?.label.includes(' ml)') ? 'ml' : 'g',
    b12UgPerServing: show(perServing(food.per100g.b12Ug)),
    energyKcalPerServing: show(perServing(food.per100g.energyKcal)),
    proteinGPerServing: show(perServing(food.per100g.proteinG)),
    folicAcidUgPerServing: show(perServing(food.per100g.folicAcidUg)),
    diet,
    aisle: food.aisle,
  }
}

/** The core's input for these values; `uuid` keeps an edited food's id. */
export function inputFromValues(values: CustomFoodValues, uuid: string): CustomFoodInput {
  const optional = (text: string): string | null => (text.trim() === '' ? null : text)
  return {
    uuid,
    name: values.name,
    kind: values.kind,
    servingSize: values.servingSize,
    servingUnit: values.servingUnit,
    b12UgPerServing: values.b12UgPerServing,
    energyKcalPerServing: optional(values.energyKcalPerServing),
    proteinGPerServing: optional(values.proteinGPerServing),
    folicAcidUgPerServing: optional(values.folicAcidUgPerServing),
    diet: values.diet,
    aisle: values.kind === 'supplement' ? 'supplements' : values.aisle,
    supplementUnit: values.supplementUnit,
  }
}
