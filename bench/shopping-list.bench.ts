/**
 * Shopping list build for 4 people × 4 weeks (4 slots a day, recipes of 5–10 ingredients over
 * ~300 distinct foods): aggregate + shop units + aisles + pantry + checked state + CSV and
 * Markdown export. Run: node --import tsx bench/shopping-list.bench.ts
 * Target: under 100 ms per build (the UI render is measured separately in Chromium).
 */
import tableJson from '../resources/shopping/package-sizes.json'
import { foodId, type Aisle, type FoodRecord, type Portion } from '../src/core/foods/types'
import {
  MEAL_SLOTS,
  planEntryId,
  profileId,
  recipeId,
  type PlanEntry,
  type Recipe,
} from '../src/core/planning/types'
import {
  addDays,
  applyListState,
  buildShoppingList,
  packageTableFromJson,
  toCsv,
  toMarkdown,
  weeksRange,
  type ManualItem,
  type PantryItem,
} from '../src/core/shopping'
import { grams } from '../src/core/units'
import { report, time } from './harness'
import { mulberry32 } from '../src/core/planning/prng'

// Deterministic (mulberry32, as the planner uses) so every run measures the same plan.
const random = mulberry32(12)
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
const between = (lo: number, hi: number): number => lo + random() * (hi - lo)

// Food templates with USDA-style names and portions (gram weights as SR28 publishes them).
const TEMPLATES: { name: string; aisle: Aisle; portions: Portion[] }[] = [
  {
    name: 'Soymilk, original and vanilla, with added calcium',
    aisle: 'dairy',
    portions: [
      { label: '1 cup', grams: 243 },
      { label: '1 fl oz', grams: 30.6 },
    ],
  },
  {
    name: 'Egg, whole, raw, fresh',
    aisle: 'dairy',
    portions: [
      { label: '1 large', grams: 50 },
      { label: '1 medium', grams: 44 },
    ],
  },
  {
    name: 'Bread, whole-wheat, commercially prepared',
    aisle: 'bakery',
    portions: [{ label: '1 slice', grams: 32 }],
  },
  {
    name: 'Chickpeas, mature seeds, canned, drained',
    aisle: 'pantry',
    portions: [
      { label: '1 can drained, rinsed', grams: 254 },
      { label: '1 cup', grams: 152 },
    ],
  },
  {
    name: 'Tofu, firm, prepared with nigari',
    aisle: 'dairy',
    portions: [
      { label: '0.5 cup', grams: 126 },
      { label: '0.25 block', grams: 81 },
    ],
  },
  {
    name: 'Cereals, oats, regular and quick, dry',
    aisle: 'pantry',
    portions: [{ label: '1 cup', grams: 81 }],
  },
  {
    name: 'Apples, raw, with skin',
    aisle: 'produce',
    portions: [
      { label: '1 cup slices', grams: 109 },
      { label: '1 medium (3" dia)', grams: 182 },
    ],
  },
  {
    name: 'Carrots, raw',
    aisle: 'produce',
    portions: [
      { label: '1 cup chopped', grams: 128 },
      { label: '1 medium', grams: 61 },
    ],
  },
  {
    name: 'Spinach, raw',
    aisle: 'produce',
    portions: [
      { label: '1 cup', grams: 30 },
      { label: '1 bunch', grams: 340 },
    ],
  },
  {
    name: 'Oil, olive, salad or cooking',
    aisle: 'pantry',
    portions: [
      { label: '1 tablespoon', grams: 13.5 },
      { label: '1 cup', grams: 216 },
    ],
  },
  {
    name: 'Rice, white, long-grain, raw',
    aisle: 'pantry',
    portions: [{ label: '1 cup', grams: 185 }],
  },
  {
    name: 'Nuts, almonds',
    aisle: 'pantry',
    portions: [
      { label: '1 cup, whole', grams: 143 },
      { label: '1 oz', grams: 28.35 },
    ],
  },
  {
    name: 'Yogurt, plain, low fat',
    aisle: 'dairy',
    portions: [
      { label: '1 container (6 oz)', grams: 170 },
      { label: '1 cup (8 fl oz)', grams: 245 },
    ],
  },
  {
    name: 'Peas, green, frozen, unprepared',
    aisle: 'frozen',
    portions: [{ label: '1 cup', grams: 134 }],
  },
  { name: 'Lentils, raw', aisle: 'pantry', portions: [{ label: '1 cup', grams: 192 }] },
  {
    name: 'Spices, cumin seed',
    aisle: 'pantry',
    portions: [{ label: '1 tsp, whole', grams: 2.1 }],
  },
]

const FOODS: FoodRecord[] = Array.from({ length: 300 }, (_, i) => {
  const t = TEMPLATES[i % TEMPLATES.length]!
  return {
    id: foodId(`sr28:${String(10000 + i)}`),
    source: 'usda-sr28',
    sourceId: String(10000 + i),
    name: `${t.name} (${i})`,
    foodGroup: 'bench',
    aka: null,
    kind: 'food',
    per100g: {
      energyKcal: 100,
      proteinG: 5,
      b12Ug: 0,
      b12AddedUg: 0,
      folateDfeUg: null,
      folicAcidUg: null,
    },
    portions: t.portions,
    b12: { class: 'plant_none', reason: 'no_b12', foodUgPer100g: 0, crystallineUgPer100g: 0 },
    diet: {
      vegan: 'yes',
      lacto_ovo_vegetarian: 'yes',
      pescatarian: 'yes',
      omnivore: 'yes',
      reason: 'declared',
    },
    aisle: t.aisle,
    note: null,
    supplement: null,
  }
})
const TABLET: FoodRecord = {
  ...FOODS[0]!,
  id: foodId('curated:b12-tablet-250-cyanocobalamin'),
  name: 'Vitamin B12 tablet 250 µg (cyanocobalamin)',
  kind: 'supplement',
  portions: [],
  aisle: 'supplements',
  supplement: { ugPerUnit: 250, unit: 'tablet', form: 'cyanocobalamin' },
}
const foods = new Map([...FOODS, TABLET].map((f) => [f.id as string, f]))

const RECIPES: Recipe[] = Array.from({ length: 80 }, (_, i) => ({
  id: recipeId(`r${i}`),
  name: `Recipe ${i}, "house" style`,
  slots: [...MEAL_SLOTS],
  servings: 1 + Math.floor(random() * 4),
  ingredients: Array.from({ length: 5 + Math.floor(random() * 6) }, () => ({
    foodId: pick(FOODS).id,
    grams: grams(between(5, 400)),
  })),
  steps: [],
  prepMinutes: 20,
  tags: [],
  source: 'builtin',
}))

const range = weeksRange('2025-03-03', 4)
const people = ['p1', 'p2', 'p3', 'p4'].map(profileId)
const entries: PlanEntry[] = []
for (let d = 0; d < 28; d++) {
  const date = addDays(range.from, d)
  for (const person of people) {
    for (const slot of MEAL_SLOTS) {
      const item =
        slot === 'snack'
          ? { kind: 'food' as const, foodId: pick(FOODS).id, grams: grams(between(20, 200)) }
          : {
              kind: 'recipe' as const,
              recipeId: pick(RECIPES).id,
              servings: pick([0.5, 1, 1, 1.5, 2]),
            }
      entries.push({
        id: planEntryId(`e${entries.length}`),
        profileId: person,
        date,
        slot,
        item,
        locked: false,
      })
    }
    entries.push({
      id: planEntryId(`e${entries.length}`),
      profileId: person,
      date,
      slot: 'breakfast',
      item: { kind: 'supplement', foodId: TABLET.id, units: 1 },
      locked: false,
    })
  }
}

const pantry: PantryItem[] = FOODS.slice(0, 40).map((f, i) =>
  i % 2 === 0
    ? { foodId: f.id, kind: 'staple' }
    : { foodId: f.id, kind: 'on_hand', quantity: { kind: 'mass', grams: grams(150) } },
)
const manual: ManualItem[] = [
  { id: 'soap', text: 'Washing-up liquid', aisle: 'other' },
  { id: 'foil', text: 'Foil, 30 cm', aisle: 'other' },
  {
    id: 'extra-milk',
    text: 'extra soy milk',
    foodId: FOODS[0]!.id,
    quantity: { kind: 'volume', millilitres: 1000 as never },
  },
]
const checked = {
  checked: FOODS.slice(0, 60)
    .map((f) => f.id as string)
    .concat(['manual:soap', 'sr28:gone']),
}

const packages = packageTableFromJson(tableJson)

function buildAndExport(): number {
  const list = buildShoppingList({
    entries,
    recipes: RECIPES,
    foods,
    range,
    packages,
    pantry,
    manual,
  })
  const { list: withChecks } = applyListState(list, checked)
  const csv = toCsv(withChecks, { system: 'metric', bom: true })
  const md = toMarkdown(withChecks, { system: 'us' })
  return csv.length + md.length
}

async function main(): Promise<void> {
  const sample = applyListState(
    buildShoppingList({ entries, recipes: RECIPES, foods, range, packages, pantry, manual }),
    checked,
  ).list
  console.log(
    `plan: ${entries.length} entries, ${RECIPES.length} recipes, ${FOODS.length} foods → ${sample.lines.length} lines in ${sample.sections.length} aisles`,
  )
  report(
    'parse package table (once at start)',
    await time(() => packageTableFromJson(tableJson), 50),
  )
  report(
    'shopping list: build + pantry + checks + CSV + Markdown',
    await time(buildAndExport, 200, 20),
    '< 100 ms',
  )
  report(
    '  of which build only',
    await time(
      () =>
        buildShoppingList({ entries, recipes: RECIPES, foods, range, packages, pantry, manual }),
      200,
      20,
    ),
  )
}

void main()
