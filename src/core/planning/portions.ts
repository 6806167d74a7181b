/**
 * Portions that fit the person (issue 14): every number the generator uses to size a meal, in
 * one place, with the reasoning. A recipe's serving is an adult serving; a person's portion is
 * scaled by their energy need, held under a ceiling per meal in kcal and in grams, and no one
 * eats more than a sensible amount of one food (eggs) in a day.
 */
import type { FoodRecord } from '../foods/types'
import type { DailyTargets } from './person'
import type { MealSlot } from './types'

/**
 * The daily energy an adult serving is sized for, kcal. The starter recipes' servings bring
 * about 420 (breakfast), 530 (lunch), 560 (dinner) and 185 (snack) kcal at the median: 1,700
 * kcal for one serving of each, so an adult on the 2,000 kcal reference of food labels eats about
 * one serving at each meal plus a little more. A person's portion factor is their target over this.
 */
export const REFERENCE_ADULT_KCAL = 2000

/** The portion factor below which a person is a small eater (quarter servings, never two). */
export const SMALL_EATER_FACTOR = 0.85

/**
 * Serving sizes for most people: a half to two, in quarters up to one and a half. Measured over
 * five seeds, quarters bring adults' days nearer the energy target than halves (0.5–2.2 % mean
 * error against 0.7–2.5 %) at the same model size, two sizes per recipe. Small eaters: a quarter
 * to one and a half.
 */
export const ADULT_SERVING_LEVELS: readonly number[] = [0.5, 0.75, 1, 1.25, 1.5, 2]
export const SMALL_EATER_SERVING_LEVELS: readonly number[] = [0.25, 0.5, 0.75, 1, 1.25, 1.5]

/**
 * The share of the day's energy target a meal would ideally bring: breakfast a quarter, lunch
 * and dinner about a third each, a snack about an eighth (sums to 1).
 */
export const IDEAL_SHARE: Readonly<Record<MealSlot, number>> = {
  breakfast: 0.25,
  lunch: 0.3,
  dinner: 0.33,
  snack: 0.12,
}

/**
 * The ceiling on one meal's energy, as a share of the day's target. 40 % for lunch and dinner
 * keeps the main meals under the 45 % at which one plate starts to carry the day; breakfast 35 %
 * and a snack 15 %. The four together allow 130 % of the target, so the ±10 % band stays reachable.
 */
export const MAX_SHARE: Readonly<Record<MealSlot, number>> = {
  breakfast: 0.35,
  lunch: 0.4,
  dinner: 0.4,
  snack: 0.15,
}

/**
 * The ceiling on a main meal's weight, grams, for an adult (700 g: a full plate and a drink)
 * and for a 6-year-old eating about 1,400 kcal a day (400 g): in between it follows a straight
 * line through these two anchors, above 2,000 kcal it stays at 700 g, and it never falls under
 * MIN_MEAL_G. Breakfast and snacks are smaller (MEAL_GRAMS_SHARE).
 */
export const ADULT_MEAL_G = 700
export const CHILD_MEAL_G = 400
export const CHILD_KCAL = 1400
export const MIN_MEAL_G = 250

/** Each slot's gram ceiling as a share of the main-meal ceiling. */
export const MEAL_GRAMS_SHARE: Readonly<Record<MealSlot, number>> = {
  breakfast: 0.9,
  lunch: 1,
  dinner: 1,
  snack: 0.5,
}

/**
 * How far a meal's energy may stray from its ideal share before the balance penalty starts, as
 * a share of the day's target (8 %: about 175 kcal at 2,200 kcal). Inside it, meals move freely
 * to bring the day to its target; beyond it, one big plate costs points (day-model.ts).
 */
export const BALANCE_TOLERANCE_SHARE = 0.08

/** A food someone should not eat more of than `maxGPerDay` in one day (adult amount). */
export interface DailyFoodCap {
  key: string
  /** Which catalogue foods count. */
  matches(food: FoodRecord): boolean
  /** Grams per day for an adult; scaled down by the portion factor for smaller eaters. */
  maxGPerDay: number
}

/**
 * Daily caps per food. Eggs: at most 3 a day (3 × 50 g), so a week does not put 7 eggs on one
 * day and none on the next; a small eater's cap shrinks with their portion factor.
 */
export const DAILY_FOOD_CAPS: readonly DailyFoodCap[] = [
  {
    key: 'egg',
    matches: (f) => /^egg,/i.test(f.name) && /egg/i.test(f.foodGroup),
    maxGPerDay: 150,
  },
]

/** The person's portion factor: their daily energy target over the adult reference. */
export function portionFactor(energyKcalPerDay: number): number {
  return energyKcalPerDay / REFERENCE_ADULT_KCAL
}

/** The serving sizes offered to a person with this daily energy target. */
export function servingLevels(energyKcalPerDay: number): readonly number[] {
  return portionFactor(energyKcalPerDay) < SMALL_EATER_FACTOR
    ? SMALL_EATER_SERVING_LEVELS
    : ADULT_SERVING_LEVELS
}

/** The main-meal gram ceiling for a person with this daily energy target, grams. */
export function mainMealCeilingG(energyKcalPerDay: number): number {
  const slope = (ADULT_MEAL_G - CHILD_MEAL_G) / (REFERENCE_ADULT_KCAL - CHILD_KCAL)
  const g = CHILD_MEAL_G + slope * (energyKcalPerDay - CHILD_KCAL)
  return Math.max(MIN_MEAL_G, Math.min(ADULT_MEAL_G, g))
}

export interface MealCeiling {
  kcal: number
  grams: number
}

/** The most one meal in `slot` may bring this person, in kcal and in grams. */
export function mealCeiling(slot: MealSlot, t: DailyTargets): MealCeiling {
  return {
    kcal: MAX_SHARE[slot] * t.energyKcal,
    grams: MEAL_GRAMS_SHARE[slot] * mainMealCeilingG(t.energyKcal),
  }
}

/** The energy a meal in `slot` would ideally bring this person, kcal. */
export function idealMealKcal(slot: MealSlot, t: DailyTargets): number {
  return IDEAL_SHARE[slot] * t.energyKcal
}

/** kcal by which a meal of `kcal` in `slot` is further from its ideal than the tolerance allows. */
export function imbalanceKcal(slot: MealSlot, kcal: number, t: DailyTargets): number {
  const off = Math.abs(kcal - idealMealKcal(slot, t))
  return Math.max(0, off - BALANCE_TOLERANCE_SHARE * t.energyKcal)
}

/** Grams of `cap`'s foods this person may eat in a day. */
export function dailyFoodCapG(cap: DailyFoodCap, energyKcalPerDay: number): number {
  return cap.maxGPerDay * Math.min(1, portionFactor(energyKcalPerDay))
}
