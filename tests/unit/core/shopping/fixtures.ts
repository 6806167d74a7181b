/**
 * Small realistic fixtures for the shopping tests: USDA SR28 names and household portions
 * (gram weights as published), a curated food, a user food and a B12 supplement.
 */
import packageJson from '../../../../resources/shopping/package-sizes.json'
import {
  foodId,
  type Aisle,
  type FoodRecord,
  type Portion,
  type SupplementInfo,
} from '../../../../src/core/foods/types'
import {
  planEntryId,
  profileId,
  recipeId,
  type MealSlot,
  type PlanEntry,
  type PlanItem,
  type Recipe,
  type RecipeIngredient,
} from '../../../../src/core/planning/types'
import { packageTableFromJson } from '../../../../src/core/shopping'
import { grams } from '../../../../src/core/units'

export const TABLE = packageTableFromJson(packageJson)

export function makeFood(
  id: string,
  name: string,
  aisle: Aisle,
  portions: Portion[],
  supplement: SupplementInfo | null = null,
): FoodRecord {
  return {
    id: foodId(id),
    source: id.startsWith('custom:')
      ? 'user'
      : id.startsWith('curated:')
        ? 'label-typical'
        : 'usda-sr28',
    sourceId: null,
    name,
    foodGroup: 'test',
    aka: null,
    kind: supplement ? 'supplement' : 'food',
    per100g: {
      energyKcal: null,
      proteinG: null,
      b12Ug: null,
      b12AddedUg: null,
      folateDfeUg: null,
      folicAcidUg: null,
    },
    portions,
    b12: {
      class: 'plant_none',
      reason: 'no_b12',
      foodUgPer100g: 0,
      crystallineUgPer100g: supplement?.ugPerUnit ?? 0,
    },
    diet: {
      vegan: 'yes',
      lacto_ovo_vegetarian: 'yes',
      pescatarian: 'yes',
      omnivore: 'yes',
      reason: 'declared',
    },
    aisle,
    note: null,
    supplement,
  }
}

export const SOYMILK = makeFood(
  'sr28:16139',
  'Soymilk, original and vanilla, with added calcium, vitamins A and D',
  'dairy',
  [
    { label: '1 cup', grams: 243 },
    { label: '1 fl oz', grams: 30.6 },
  ],
)
export const EGG = makeFood('sr28:01123', 'Egg, whole, raw, fresh', 'dairy', [
  { label: '1 large', grams: 50 },
  { label: '1 extra large', grams: 56 },
  { label: '1 jumbo', grams: 63 },
  { label: '1 cup (4.86 large eggs)', grams: 243 },
  { label: '1 medium', grams: 44 },
  { label: '1 small', grams: 38 },
])
export const BANANA = makeFood('sr28:09040', 'Bananas, raw', 'produce', [
  { label: '1 cup, mashed', grams: 225 },
  { label: '1 cup, sliced', grams: 150 },
  { label: '1 extra small (less than 6" long)', grams: 81 },
  { label: '1 small (6" to 6-7/8" long)', grams: 101 },
  { label: '1 medium (7" to 7-7/8" long)', grams: 118 },
  { label: '1 large (8" to 8-7/8" long)', grams: 136 },
])
export const SPINACH = makeFood('sr28:11457', 'Spinach, raw', 'produce', [
  { label: '1 cup', grams: 30 },
  { label: '1 bunch', grams: 340 },
  { label: '1 leaf', grams: 10 },
])
export const TOFU = makeFood(
  'sr28:16126',
  'Tofu, firm, prepared with calcium sulfate and magnesium chloride (nigari)',
  'dairy',
  [
    { label: '0.5 cup', grams: 126 },
    { label: '0.25 block', grams: 81 },
  ],
)
export const BREAD = makeFood('sr28:18075', 'Bread, whole-wheat, commercially prepared', 'bakery', [
  { label: '1 slice', grams: 32 },
  { label: '1 oz', grams: 28.35 },
])
export const CHICKPEAS_CANNED = makeFood(
  'sr28:16359',
  'Chickpeas (garbanzo beans, bengal gram), mature seeds, canned, drained, rinsed in tap water',
  'pantry',
  [
    { label: '1 can drained, rinsed', grams: 254 },
    { label: '1 cup drained, rinsed', grams: 152 },
  ],
)
export const OATS = makeFood(
  'sr28:08120',
  'Cereals, oats, regular and quick, not fortified, dry',
  'pantry',
  [
    { label: '1 cup', grams: 81 },
    { label: '0.333 cup', grams: 27 },
  ],
)
export const OLIVE_OIL = makeFood('sr28:04053', 'Oil, olive, salad or cooking', 'pantry', [
  { label: '1 tablespoon', grams: 13.5 },
  { label: '1 cup', grams: 216 },
  { label: '1 tsp', grams: 4.5 },
])
export const NUTRITIONAL_YEAST = makeFood(
  'curated:nutritional-yeast-fortified',
  'Nutritional yeast flakes, fortified with vitamin B12',
  'pantry',
  [
    { label: '1 tbsp', grams: 5 },
    { label: '1/4 cup', grams: 15 },
  ],
)
export const OAT_DRINK = makeFood(
  'curated:oat-drink-fortified',
  'Oat drink (oat milk), fortified with vitamin B12',
  'dairy',
  [
    { label: '1 glass (200 ml)', grams: 200 },
    { label: '1 cup (240 ml)', grams: 240 },
  ],
)
/** A user food from a label in grams: no volume portion, so ml of it can never be merged. */
export const MY_SOY_DRINK = makeFood('custom:5f1c2a9e-soy', 'My soy drink', 'dairy', [
  { label: '1 serving (200 g)', grams: 200 },
])
export const B12_TABLET = makeFood(
  'curated:b12-tablet-1000-cyanocobalamin',
  'Vitamin B12 tablet 1000 µg (cyanocobalamin)',
  'supplements',
  [],
  {
    ugPerUnit: 1000,
    unit: 'tablet',
    form: 'cyanocobalamin',
  },
)

export const ALL_FOODS = [
  SOYMILK,
  EGG,
  BANANA,
  SPINACH,
  TOFU,
  BREAD,
  CHICKPEAS_CANNED,
  OATS,
  OLIVE_OIL,
  NUTRITIONAL_YEAST,
  OAT_DRINK,
  MY_SOY_DRINK,
  B12_TABLET,
]
export const FOODS: ReadonlyMap<string, FoodRecord> = new Map(ALL_FOODS.map((f) => [f.id, f]))

export const ALEX = profileId('alex')
export const SAM = profileId('sam')

export function makeRecipe(
  id: string,
  name: string,
  servings: number,
  ingredients: [FoodRecord, number][],
): Recipe {
  const list: RecipeIngredient[] = ingredients.map(([f, g]) => ({ foodId: f.id, grams: grams(g) }))
  return {
    id: recipeId(id),
    name,
    slots: ['breakfast'],
    servings,
    ingredients: list,
    steps: [],
    prepMinutes: 5,
    tags: [],
    source: 'user',
  }
}

let entryCounter = 0
export function makeEntry(
  profile: string,
  date: string,
  item: PlanItem,
  slot: MealSlot = 'breakfast',
): PlanEntry {
  entryCounter += 1
  return {
    id: planEntryId(`e${entryCounter}`),
    profileId: profileId(profile),
    date,
    slot,
    item,
    locked: false,
  }
}

export const recipeItem = (r: Recipe, servings: number): PlanItem => ({
  kind: 'recipe',
  recipeId: r.id,
  servings,
})
export const foodItem = (f: FoodRecord, g: number): PlanItem => ({
  kind: 'food',
  foodId: f.id,
  grams: grams(g),
})
export const supplementItem = (f: FoodRecord, units: number): PlanItem => ({
  kind: 'supplement',
  foodId: f.id,
  units,
})
