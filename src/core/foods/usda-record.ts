import { classifyUsdaFood } from './classify'
import { foodId, type FoodRecord } from './types'

/** One food as published in ../shared/data (foods-usda-sr.json / foods-usda-fndds.json). */
export interface UsdaFood {
  id: string
  description: string
  foodGroupCode: string
  foodGroup: string
  additionalDescription?: string | null
  energyKcal: number | null
  proteinG: number | null
  vitaminB12Ug: number | null
  vitaminB12AddedUg: number | null
  folateDfeUg: number | null
  portions: { label: string; grams: number }[]
}

/**
 * A USDA food as a catalogue record: values copied exactly (per 100 g, null kept), portions
 * kept in source order (zero-gram portions dropped: they cannot be served), then classified.
 */
export function usdaFoodToRecord(source: 'usda-sr28' | 'usda-fndds', food: UsdaFood): FoodRecord {
  const c = classifyUsdaFood({
    source,
    foodGroupCode: food.foodGroupCode,
    name: food.description,
    b12Ug: food.vitaminB12Ug,
    b12AddedUg: food.vitaminB12AddedUg,
  })
  return {
    id: foodId(`${source === 'usda-sr28' ? 'sr28' : 'fndds'}:${food.id}`),
    source,
    sourceId: food.id,
    name: food.description,
    foodGroup: food.foodGroup,
    aka: food.additionalDescription ?? null,
    kind: 'food',
    per100g: {
      energyKcal: food.energyKcal,
      proteinG: food.proteinG,
      b12Ug: food.vitaminB12Ug,
      b12AddedUg: food.vitaminB12AddedUg,
      folateDfeUg: food.folateDfeUg,
      folicAcidUg: null,
    },
    portions: food.portions
      .filter((p) => p.grams > 0)
      .map((p) => ({ label: p.label, grams: p.grams })),
    b12: c.b12,
    diet: c.diet,
    aisle: c.aisle,
    note: null,
    supplement: null,
  }
}
