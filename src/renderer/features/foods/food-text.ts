/**
 * Plain-language labels for the food catalogue: B12 classes and their reasons, diets, sources.
 * Pure view-model helpers, unit-tested; components only render them.
 */
import type { B12Class, B12Reason, Diet, DietAnswer, FoodRecord } from '../../../core/foods/types'

export const B12_CLASS_LABELS: Readonly<Record<B12Class, string>> = {
  animal: 'Animal source',
  fortified: 'Fortified',
  plant_none: 'No B12',
  not_counted: 'Not counted',
}

export const B12_REASON_TEXT: Readonly<Record<B12Reason, string>> = {
  animal_origin:
    'B12 from an animal food. It is bound to protein, so it needs stomach acid to be released.',
  mixed_presumed_animal: 'A mixed dish whose B12 is taken to come from its animal ingredients.',
  added_b12:
    'USDA lists B12 added by the maker (fortification). Added B12 does not need stomach acid.',
  plant_presumed_fortified:
    'A plant food with B12: plants make none, so it was added by the maker. Check the label of the brand you buy.',
  fortified_hint: 'The name says it is fortified, so its B12 is counted as added B12.',
  no_b12: 'USDA measured no B12 in this food.',
  no_b12_value: 'USDA has no B12 value for this food, so it is counted as 0 µg.',
  seaweed:
    'Seaweeds such as nori contain mostly inactive B12-like compounds. They are shown but counted as 0 µg (reference §3).',
  spirulina:
    'Spirulina contains mostly inactive "pseudo-B12". It is shown but counted as 0 µg (reference §3).',
  tempeh: 'B12 in tempeh varies and is unreliable. It is shown but counted as 0 µg (reference §3).',
  miso: 'Fermented soy foods are not a reliable B12 source. Shown but counted as 0 µg (reference §3).',
  mushroom: 'Mushrooms have only traces of B12. Shown but counted as 0 µg (reference §3).',
  yeast:
    'Unfortified yeast is not a reliable B12 source. Shown but counted as 0 µg (reference §3).',
  label: 'A typical value from product labels. Brands differ: check your own label.',
  supplement: 'A supplement. Its B12 is crystalline (not bound to protein).',
}

export const DIET_LABELS: Readonly<Record<Diet, string>> = {
  vegan: 'Vegan',
  lacto_ovo_vegetarian: 'Vegetarian',
  pescatarian: 'Pescatarian',
  omnivore: 'Omnivore',
}

const ANSWER_TEXT: Readonly<Record<DietAnswer, string>> = {
  yes: 'Yes',
  no: 'No',
  unknown: 'Not sure',
}

export function dietAnswerText(answer: DietAnswer): string {
  return ANSWER_TEXT[answer]
}

/** "USDA SR28, NDB 16139" and the like: where the food's values come from. */
export function sourceText(food: FoodRecord): string {
  switch (food.source) {
    case 'usda-sr28':
      return `USDA Standard Reference, Release 28 (NDB ${food.sourceId ?? '?'})`
    case 'usda-fndds':
      return `USDA Food and Nutrient Database for Dietary Studies 2021–2023 (food code ${food.sourceId ?? '?'})`
    case 'label-typical':
      return 'Typical product label (curated by B12 Planner): check your own label'
    case 'user':
      return 'Your own food, from a product label'
  }
}

/** The strictest diet a food suits, for a short badge ("Vegan", "Vegetarian", …, or "Diet unclear"). */
export function dietBadge(food: FoodRecord): string {
  const { diet } = food
  if (diet.vegan === 'yes') return 'Vegan'
  if (diet.lacto_ovo_vegetarian === 'yes') return 'Vegetarian'
  if (diet.pescatarian === 'yes') return 'Pescatarian'
  if (diet.vegan === 'unknown' || diet.lacto_ovo_vegetarian === 'unknown') return 'Diet unclear'
  return 'Meat'
}

/** Formats µg for display: 2 significant decimals below 10, 1 above (display-only rounding). */
export function formatUg(value: number): string {
  if (value === 0) return '0 µg'
  if (value < 0.01) return '< 0.01 µg'
  return `${value < 10 ? value.toFixed(2) : value.toFixed(1)} µg`
}

export function formatNumber(value: number | null, unit: string, digits = 1): string {
  return value === null ? 'no value' : `${value.toFixed(digits)} ${unit}`
}
