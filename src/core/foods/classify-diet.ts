import type { DietBase } from './food-groups'
import type { IngredientSignals } from './ingredient-keywords'
import type { DietAnswer, DietCompatibility, DietReason } from './types'

const compat = (
  vegan: DietAnswer,
  lov: DietAnswer,
  pesc: DietAnswer,
  reason: DietReason,
): DietCompatibility => ({
  vegan,
  lacto_ovo_vegetarian: lov,
  pescatarian: pesc,
  omnivore: 'yes',
  reason,
})

/**
 * Diet compatibility from the group's ingredient base and the name's ingredient signals.
 * Omnivore is always 'yes'. Anything the name cannot settle is 'unknown' with a reason, never
 * a guessed 'yes': meat or fish named → no for the diets that exclude it; milk, egg or honey →
 * not vegan; mixed dishes without those words → unknown; "vegetarian"/"vegan" markers count.
 */
export function classifyDiet(base: DietBase, s: IngredientSignals): DietCompatibility {
  const meat = s.meat || (base === 'meat' && !s.vegetarianMarker && !s.veganMarker)
  const fish = s.fish || (base === 'fish' && !s.vegetarianMarker && !s.veganMarker)
  if (meat) return compat('no', 'no', 'no', 'contains_meat')
  if (fish) return compat('no', 'no', 'yes', 'contains_fish')
  const dish = base === 'mixed_any' && !s.vegetarianMarker && !s.veganMarker
  const meatDoubt =
    dish || (s.maybeMeat && base !== 'plant' && !s.vegetarianMarker && !s.veganMarker)
  const rest: DietAnswer = meatDoubt ? 'unknown' : 'yes'
  if (s.dairy || s.egg || ((base === 'dairy' || base === 'egg') && !s.veganMarker)) {
    return compat('no', rest, rest, meatDoubt ? 'ingredients_not_listed' : 'contains_dairy_or_egg')
  }
  if (s.honey)
    return compat('no', rest, rest, meatDoubt ? 'ingredients_not_listed' : 'contains_honey')
  if (s.veganMarker) return compat('yes', 'yes', 'yes', 'marked_vegan')
  if (meatDoubt) return compat('unknown', 'unknown', 'unknown', 'ingredients_not_listed')
  if (s.vegetarianMarker) return compat('unknown', 'yes', 'yes', 'marked_vegetarian')
  if (s.maybeAnimal) return compat('unknown', 'yes', 'yes', 'may_contain_animal')
  if (base === 'mixed_veg') return compat('unknown', 'yes', 'yes', 'ingredients_not_listed')
  return compat('yes', 'yes', 'yes', 'plant_food')
}
