/**
 * Household rules (issue 14): soft goals with a weight, such as "fish or seafood at least twice a
 * week", "meat at most 3 dinners", "pizza on Friday", "no soy at breakfast", "ready in 20 minutes
 * on weekdays". The generator never refuses a week over them: each rule turns into points on the
 * candidates of a meal (`rulePoints`, added to the slot bonus), with per-person week counts read
 * from the meals already placed, so "at least twice" grows more urgent as the days run out and
 * "at most 3" costs points once reached. What a finished week breaks is reported afterwards
 * (check-household-rules.ts). Fish, meat and allergens are read from the foods themselves
 * (diet classification and allergen groups), never from new word lists.
 */
import { weekdayIndex, type WeekdayIndex } from '../dates'
import { allergenMatcher, foodAllergenGroups, wholeWord } from '../foods/allergens'
import type { Diet, FoodRecord } from '../foods/types'
import type { PlannerPerson } from './person'
import type { RecipeFacts } from './recipe-facts'
import type { MealSlot, RecipeId } from './types'

/** How much a rule counts: "nice to have" or "important". */
export type RuleWeight = 'nice' | 'important'
export const RULE_WEIGHTS: readonly RuleWeight[] = ['nice', 'important']

/** A kind of meal a rule counts: fish or seafood, meat, or a word in the recipe's name. */
export type MealKind = { kind: 'fish' } | { kind: 'meat' } | { kind: 'word'; word: string }

export type HouseholdRule =
  /** At least / at most `count` meals of a kind in the week (at one meal of the day, if given). */
  | {
      id: string
      type: 'at-least' | 'at-most'
      count: number
      what: MealKind
      slot?: MealSlot
      weight: RuleWeight
    }
  /** A recipe whose name has `word` on one day of the week (Monday = 0), at one meal if given. */
  | {
      id: string
      type: 'on-day'
      word: string
      weekday: WeekdayIndex
      slot?: MealSlot
      weight: RuleWeight
    }
  /** No food of an allergen group or word (an allergy word such as "soy", or "chilli"). */
  | { id: string; type: 'avoid'; avoid: string; slot?: MealSlot; weight: RuleWeight }
  /** Meals ready in at most `minutes` on weekdays (Monday–Friday) or at weekends. */
  | {
      id: string
      type: 'max-prep'
      minutes: number
      days: 'weekdays' | 'weekends'
      weight: RuleWeight
    }

export type RuleType = HouseholdRule['type']

/** Points a rule moves a candidate by, per weight (a meal's base is 10, the noise up to 3). */
export const RULE_POINTS: Readonly<Record<RuleWeight, number>> = { nice: 4, important: 10 }

/** Largest multiple of the rule's points a candidate gets (an urgent "at least", a broken "avoid"). */
const STRONG = 1.5

const FISH_GROUPS = ['fish', 'crustacean', 'mollusc'] as const

/** A food from the sea: in a fish or shellfish allergen group, and not vegetarian but pescatarian. */
function isFishFood(food: FoodRecord): boolean {
  const groups = foodAllergenGroups(food)
  return (
    food.diet.pescatarian === 'yes' &&
    food.diet.lacto_ovo_vegetarian === 'no' &&
    FISH_GROUPS.some((g) => groups.has(g))
  )
}

/** Meat or poultry: the diet classification says a pescatarian cannot eat it. */
const isMeatFood = (food: FoodRecord): boolean => food.diet.pescatarian === 'no'

type RecipeTest = (f: RecipeFacts) => boolean

/** Whether a recipe is a meal of this kind (built once per rule). */
export function kindTest(what: MealKind): RecipeTest {
  if (what.kind === 'fish') return (f) => f.foods.some(isFishFood)
  if (what.kind === 'meat') return (f) => f.foods.some(isMeatFood)
  const word = wholeWord(what.word)
  return (f) => word.test(f.recipe.name.toLowerCase())
}

/** Whether a recipe has what an "avoid" rule names: in its foods (allergen groups) or its name. */
export function avoidTest(avoid: string): RecipeTest {
  const food = allergenMatcher([avoid])
  const word = wholeWord(avoid)
  return (f) => f.foods.some(food) || word.test(f.recipe.name.toLowerCase())
}

/** Whether a date (YYYY-MM-DD) is a weekday (Monday–Friday) or a weekend day. */
export const isWeekday = (date: string): boolean => weekdayIndex(date) < 5

/** The test a rule's meals must pass to count for it (or, for avoid and max-prep, to break it). */
export function ruleTest(rule: HouseholdRule): RecipeTest {
  switch (rule.type) {
    case 'at-least':
    case 'at-most':
      return kindTest(rule.what)
    case 'on-day':
      return kindTest({ kind: 'word', word: rule.word })
    case 'avoid':
      return avoidTest(rule.avoid)
    case 'max-prep':
      return (f) => f.recipe.prepMinutes > rule.minutes
  }
}

/** Whether a rule is about this date and meal at all. */
export function ruleCovers(rule: HouseholdRule, date: string, slot: MealSlot): boolean {
  if (rule.type === 'max-prep') return isWeekday(date) === (rule.days === 'weekdays')
  if (rule.slot !== undefined && rule.slot !== slot) return false
  return rule.type !== 'on-day' || weekdayIndex(date) === rule.weekday
}

/** Diets that can eat fish, and meat, at all. */
const EATS: Readonly<Record<'fish' | 'meat', readonly Diet[]>> = {
  fish: ['pescatarian', 'omnivore'],
  meat: ['omnivore'],
}

/**
 * Whether a rule is for this person: a fish or meat count is only for someone whose diet has
 * fish (pescatarian, omnivore) or meat (omnivore); every other rule is for everyone.
 */
export function ruleFitsDiet(rule: HouseholdRule, diet: Diet): boolean {
  if (rule.type !== 'at-least' && rule.type !== 'at-most') return true
  const kind = rule.what.kind
  return kind === 'word' || EATS[kind].includes(diet)
}

export interface RulePointsInput {
  rules: readonly HouseholdRule[]
  person: PlannerPerson
  /** Recipes the person has at each `date|slot` so far (kept and placed). */
  meals: ReadonlyMap<string, ReadonlySet<RecipeId>>
  facts: ReadonlyMap<RecipeId, RecipeFacts>
  /** The week's dates, in order. */
  dates: readonly string[]
  date: string
  slot: MealSlot
}

const passes = (f: RecipeFacts | undefined, test: RecipeTest): boolean => f !== undefined && test(f)

/** Meals (date and slot) so far that pass `test`, within the rule's meal if it has one. */
function countMeals(
  input: RulePointsInput,
  test: RecipeTest,
  keep: (date: string, slot: MealSlot) => boolean,
): number {
  let n = 0
  for (const [key, ids] of input.meals) {
    const [date = '', slot = 'breakfast'] = key.split('|') as [string, MealSlot]
    if (!keep(date, slot)) continue
    if ([...ids].some((id) => passes(input.facts.get(id), test))) n++
  }
  return n
}

/** One rule's points for candidates passing its test at this meal (0 when it has no say). */
function ruleWeightNow(rule: HouseholdRule, input: RulePointsInput, test: RecipeTest): number {
  const w = RULE_POINTS[rule.weight]
  switch (rule.type) {
    case 'at-least': {
      const have = countMeals(input, test, (_d, s) => rule.slot === undefined || s === rule.slot)
      const need = rule.count - have
      if (need <= 0) return 0
      const daysLeft = Math.max(1, input.dates.filter((d) => d >= input.date).length)
      return w * Math.min(STRONG, 0.5 + need / daysLeft)
    }
    case 'at-most': {
      const have = countMeals(input, test, (_d, s) => rule.slot === undefined || s === rule.slot)
      return have >= rule.count ? -w * STRONG : 0
    }
    case 'on-day': {
      const have = countMeals(input, test, (d, s) => d === input.date && ruleCovers(rule, d, s))
      return have > 0 ? 0 : w * STRONG
    }
    case 'avoid':
    case 'max-prep':
      return -w * STRONG
  }
}

/**
 * The rules' points for each candidate recipe at one person's meal: positive for what an "at
 * least" or "on a day" rule still asks for, negative for what an "at most" rule has had enough
 * of, or what an "avoid" or "ready in" rule forbids here. Counts come from the person's meals so
 * far. Rules not for this person's diet add nothing. No rules: always 0.
 */
export function rulePoints(input: RulePointsInput): (f: RecipeFacts) => number {
  const live: { test: RecipeTest; points: number }[] = []
  for (const rule of input.rules) {
    if (!ruleFitsDiet(rule, input.person.diet) || !ruleCovers(rule, input.date, input.slot))
      continue
    const test = ruleTest(rule)
    const points = ruleWeightNow(rule, input, test)
    if (points !== 0) live.push({ test, points })
  }
  if (live.length === 0) return () => 0
  return (f) => live.reduce((sum, r) => sum + (r.test(f) ? r.points : 0), 0)
}
