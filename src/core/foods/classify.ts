import { defaultAisle } from './aisle'
import { classifyB12 } from './classify-b12'
import { classifyDiet } from './classify-diet'
import { groupProfile } from './food-groups'
import { ingredientSignals } from './ingredient-keywords'
import type { Aisle, B12Info, DietCompatibility } from './types'

/** A USDA row as the builder reads it (values per 100 g, exactly as published). */
export interface UsdaFoodInput {
  source: 'usda-sr28' | 'usda-fndds'
  foodGroupCode: string
  name: string
  b12Ug: number | null
  b12AddedUg: number | null
}

export interface FoodClassification {
  b12: B12Info
  diet: DietCompatibility
  aisle: Aisle
}

/**
 * Classifies one USDA food: B12 class and parts (µg per 100 g), diet compatibility and default
 * aisle. Pure and deterministic; the catalogue builder stores its result in the shipped file.
 */
export function classifyUsdaFood(input: UsdaFoodInput): FoodClassification {
  const profile = groupProfile(input.source, input.foodGroupCode)
  const signals = ingredientSignals(input.name)
  return {
    b12: classifyB12({
      name: input.name,
      addedIsComplete: input.source === 'usda-fndds',
      b12Ug: input.b12Ug,
      b12AddedUg: input.b12AddedUg,
      origin: profile.b12,
      signals,
    }),
    diet: classifyDiet(profile.diet, signals),
    aisle: defaultAisle(input.name, profile.aisle, 'food'),
  }
}
