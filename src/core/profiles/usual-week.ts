/**
 * "A usual week": how often a person has each reliable B12 source, and at which meals. When no
 * meals are planned it stands in for the planned week, so unknown intake is asked about rather
 * than taken as zero (reference §6a.2).
 *
 * Servings are the catalogue's own rows, read by id at run time (tests check the numbers against
 * resources/foods/catalogue.json), so a usual week and a planned week count a glass of milk the
 * same way. Where a food's B12 varies a lot between products, the serving chosen is a common one
 * at the modest end, so the estimate does not reassure more than the food usually gives.
 */
import { intakeItemsFor, unitCount } from '../foods/portions'
import { foodId, type Diet, type FoodId, type FoodRecord } from '../foods/types'
import { MEAL_SLOTS, type MealSlot } from '../planning/types'
import { grams } from '../units'
import type { Person } from './person'
import type { WeekEvent, WeekItem } from './week-event'

export const USUAL_FREQUENCIES = ['never', '1_2', '3_4', '5_6', 'daily'] as const
export type UsualFrequency = (typeof USUAL_FREQUENCIES)[number]

/**
 * Days a week counted for each answer. A range counts its lower end: "1–2 days" is 1, so the
 * estimate never credits more than the person said.
 */
export const FREQUENCY_DAYS: Readonly<Record<UsualFrequency, number>> = {
  never: 0,
  '1_2': 1,
  '3_4': 3,
  '5_6': 5,
  daily: 7,
}

export const FREQUENCY_LABELS: Readonly<Record<UsualFrequency, string>> = {
  never: 'Never',
  '1_2': '1–2 days a week',
  '3_4': '3–4 days a week',
  '5_6': '5–6 days a week',
  daily: 'Every day',
}

export const USUAL_SOURCE_IDS = [
  'fortified_plant_milk',
  'fortified_cereal',
  'fortified_nutritional_yeast',
  'fortified_yeast_extract',
  'b12_supplement',
  'dairy',
  'eggs',
  'fish',
  'red_meat',
  'poultry_pork',
] as const
export type UsualSourceId = (typeof USUAL_SOURCE_IDS)[number]

export interface UsualSource {
  id: UsualSourceId
  /** The question's label, as people say it. */
  label: string
  /** The serving counted, for the hint ("1 cup (243 g) of fortified soy milk"). */
  serving: string
  /** The catalogue row whose B12 is counted; null for the supplement (its µg are typed). */
  foodId: FoodId | null
  /** Grams of that row in one serving. */
  grams: number
  /** Diets that do not eat this source: the question is not asked and an old answer is not counted. */
  excludedBy: readonly Diet[]
  /** Meals pre-ticked when a frequency is first chosen. */
  defaultSlots: readonly MealSlot[]
}

const NO_ANIMAL: readonly Diet[] = ['vegan']
const NO_FISH: readonly Diet[] = ['vegan', 'lacto_ovo_vegetarian']
const NO_MEAT: readonly Diet[] = ['vegan', 'lacto_ovo_vegetarian', 'pescatarian']

/**
 * The sources asked about, in question order. Servings (µg from the shipped catalogue):
 * - fortified plant milk: USDA SR28 16139 soy milk with added vitamins, 1 cup 243 g → 2.07 µg
 * - fortified cereal: USDA SR28 08020 corn flakes, 1 cup 28 g → 1.4 µg (ODS Table 2: 0.6 µg
 *   for a cereal at 25 % DV; brands range widely, the label tells)
 * - fortified nutritional yeast: the curated label-typical row (USDA has no fortified flakes),
 *   1 tbsp 5 g → 4 µg (ODS: 8.3–24 µg per ¼ cup)
 * - fortified yeast extract: the curated label-typical row, a thin spread 4 g → 0.96 µg
 * - dairy: USDA SR28 01079 2 % milk, 1 cup 244 g → 1.29 µg (ODS: 1.3)
 * - eggs: USDA SR28 01123 1 large egg 50 g → 0.45 µg (ODS: 0.5)
 * - fish: USDA SR28 15016 cod, 3 oz 85 g → 0.89 µg (the low end: ODS gives 2.5–2.6 for tuna and salmon)
 * - beef or lamb: USDA SR28 23570 ground beef 85 % lean, 3 oz 85 g → 2.38 µg (ODS: 2.4)
 * - chicken, turkey or pork: USDA SR28 05064 chicken breast, 3 oz 85 g → 0.29 µg (ODS turkey: 0.3)
 */
export const USUAL_SOURCES: readonly UsualSource[] = [
  {
    id: 'fortified_plant_milk',
    label: 'Fortified plant milk (soy, oat, almond…)',
    serving: 'a glass (243 ml) of fortified soy milk',
    foodId: foodId('sr28:16139'),
    grams: 243,
    excludedBy: [],
    defaultSlots: ['breakfast'],
  },
  {
    id: 'fortified_cereal',
    label: 'Fortified breakfast cereal',
    serving: 'a bowl (28 g) of fortified corn flakes',
    foodId: foodId('sr28:08020'),
    grams: 28,
    excludedBy: [],
    defaultSlots: ['breakfast'],
  },
  {
    id: 'fortified_nutritional_yeast',
    label: 'Fortified nutritional yeast flakes',
    serving: 'a tablespoon (5 g) of fortified flakes',
    foodId: foodId('curated:nutritional-yeast-fortified'),
    grams: 5,
    excludedBy: [],
    defaultSlots: ['dinner'],
  },
  {
    id: 'fortified_yeast_extract',
    label: 'Fortified yeast extract (Marmite-type)',
    serving: 'a thin spread (4 g)',
    foodId: foodId('curated:yeast-extract-fortified'),
    grams: 4,
    excludedBy: [],
    defaultSlots: ['breakfast'],
  },
  {
    id: 'b12_supplement',
    label: 'A B12 supplement',
    serving: 'one tablet or spray, with the µg on its label',
    foodId: null,
    grams: 0,
    excludedBy: [],
    defaultSlots: ['breakfast'],
  },
  {
    id: 'dairy',
    label: 'Milk, yogurt or cheese',
    serving: 'a glass (244 ml) of milk',
    foodId: foodId('sr28:01079'),
    grams: 244,
    excludedBy: NO_ANIMAL,
    defaultSlots: ['breakfast'],
  },
  {
    id: 'eggs',
    label: 'Eggs',
    serving: 'one large egg (50 g)',
    foodId: foodId('sr28:01123'),
    grams: 50,
    excludedBy: NO_ANIMAL,
    defaultSlots: ['breakfast'],
  },
  {
    id: 'fish',
    label: 'Fish or seafood',
    serving: 'a portion (85 g) of cod',
    foodId: foodId('sr28:15016'),
    grams: 85,
    excludedBy: NO_FISH,
    defaultSlots: ['dinner'],
  },
  {
    id: 'red_meat',
    label: 'Beef or lamb',
    serving: 'a portion (85 g) of minced beef',
    foodId: foodId('sr28:23570'),
    grams: 85,
    excludedBy: NO_MEAT,
    defaultSlots: ['dinner'],
  },
  {
    id: 'poultry_pork',
    label: 'Chicken, turkey or pork',
    serving: 'a portion (85 g) of chicken breast',
    foodId: foodId('sr28:05064'),
    grams: 85,
    excludedBy: NO_MEAT,
    defaultSlots: ['dinner'],
  },
]

export interface UsualAnswer {
  source: UsualSourceId
  frequency: UsualFrequency
  /** The meals it is had at; each is counted on that many days. */
  slots: MealSlot[]
}

export interface UsualWeek {
  /** Sources not listed count as "never". */
  answers: UsualAnswer[]
  /** µg per dose of the B12 supplement answer; null when none is taken or it is not given. */
  supplementUg: number | null
}

/** A supplement dose a person can type, µg per tablet or spray (labels run from 1 to 5000 µg). */
export const SUPPLEMENT_UG_RANGE = [1, 5000] as const

/** The sources asked about for a diet, in question order. */
export function usualSourcesFor(diet: Diet): UsualSource[] {
  return USUAL_SOURCES.filter((source) => !source.excludedBy.includes(diet))
}

/**
 * Whether the supplement question is asked: not when the person's profile already lists regular
 * B12 supplements. Those are counted in every basis (planned or usual), so asking again would
 * count the same tablet twice.
 */
export function asksSupplement(person: Pick<Person, 'supplements'>): boolean {
  return person.supplements.length === 0
}

export interface UsualLookup {
  food: (id: string) => FoodRecord | undefined
}

export interface UsualIntake {
  /** Events with no weekday (dayIndex null: spread evenly over the week by the charts). */
  events: WeekEvent[]
  /** Sources whose catalogue row is not available, so they could not be counted. */
  missing: UsualSourceId[]
}

/** One source had at one meal, with its items, on `days` days of the week. */
interface MealHabit {
  slot: MealSlot
  days: number
  items: WeekItem[]
}

function habitsOf(
  week: UsualWeek,
  person: Pick<Person, 'diet' | 'supplements'>,
  lookup: UsualLookup,
): { habits: MealHabit[]; missing: UsualSourceId[] } {
  const habits: MealHabit[] = []
  const missing: UsualSourceId[] = []
  const asked = new Set(usualSourcesFor(person.diet).map((source) => source.id))
  for (const answer of week.answers) {
    const days = FREQUENCY_DAYS[answer.frequency]
    const source = USUAL_SOURCES.find((s) => s.id === answer.source)
    if (!source || !asked.has(source.id) || days === 0) continue
    let items: WeekItem[]
    if (source.foodId === null) {
      if (!asksSupplement(person) || week.supplementUg === null || week.supplementUg <= 0) continue
      // The typed dose has no catalogue row, but it is a supplement all the same.
      items = [
        {
          name: source.label,
          ug: week.supplementUg,
          form: 'crystalline',
          foodId: null,
          kind: 'supplement',
        },
      ]
    } else {
      const food = lookup.food(source.foodId)
      if (!food) {
        missing.push(source.id)
        continue
      }
      items = intakeItemsFor(food, grams(source.grams)).map((item) => ({
        ...item,
        name: source.label,
        foodId: food.id,
        kind: food.kind,
      }))
    }
    for (const slot of new Set(answer.slots)) habits.push({ slot, days, items })
  }
  return { habits, missing }
}

/** The profile's regular supplements as habits: their meal, on as many days as they are taken. */
function supplementHabits(person: Pick<Person, 'supplements'>, lookup: UsualLookup): MealHabit[] {
  return person.supplements.flatMap((supplement) => {
    const food = lookup.food(supplement.foodId)
    if (!food || supplement.days.length === 0) return []
    const items = intakeItemsFor(food, unitCount(supplement.units)).map((item) => ({
      ...item,
      foodId: food.id,
      kind: food.kind,
    }))
    return [{ slot: supplement.slot, days: new Set(supplement.days).size, items }]
  })
}

/**
 * Groups the habits of one meal into eating events. What is had at the same meal is assumed to be
 * had together as often as possible (the less frequent on days the more frequent is had too):
 * one event per step in frequency, holding everything had at least that often. Under the
 * saturating absorption model this gives the lower, careful estimate.
 */
function eventsOfMeal(slot: MealSlot, habits: readonly MealHabit[]): WeekEvent[] {
  const levels = [...new Set(habits.map((h) => h.days))].sort((a, b) => b - a)
  return levels.flatMap((days, i) => {
    const next = levels[i + 1] ?? 0
    const items = habits.filter((h) => h.days >= days).flatMap((h) => h.items)
    return items.length > 0 ? [{ dayIndex: null, slot, daysPerWeek: days - next, items }] : []
  })
}

/**
 * The events of a usual week, plus the person's regular supplements: events per meal
 * (breakfast, lunch, dinner, snack) with daysPerWeek 0..7 and no weekday (dayIndex null).
 * Sources the person's diet excludes, "never" answers and a supplement without a dose add nothing.
 * An all-"never" week gives [] (known: nothing from these sources), never null.
 */
export function usualWeekPattern(
  person: Pick<Person, 'diet' | 'supplements'>,
  week: UsualWeek,
  lookup: UsualLookup,
): UsualIntake {
  const { habits, missing } = habitsOf(week, person, lookup)
  const all = [...habits, ...supplementHabits(person, lookup)]
  const events = MEAL_SLOTS.flatMap((slot) =>
    eventsOfMeal(
      slot,
      all.filter((h) => h.slot === slot),
    ),
  )
  return { events, missing }
}
