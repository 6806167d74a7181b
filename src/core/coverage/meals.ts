/**
 * One day meal by meal: µg eaten and µg absorbed, which shows that one meal absorbs little more
 * than about 1.5 µg however much it holds (intrinsic-factor saturation, rule base v1 §2).
 */
import { absorbedFromEvent, eventBreakdown, IF_CAP } from '../b12'
import { MEAL_SLOTS } from '../planning/types'
import type { WeekEvent } from '../profiles/week-event'
import { clampStack, niceCeil, topSegment } from './clamp'
import { capitalise, formatUg, joinWords } from './format'
import { B12_SOURCES, splitBySource, type B12Source } from './sources'

export interface MealCoverage {
  meal: string
  label: string
  animalUg: number
  fortifiedUg: number
  supplementUg: number
  intakeUg: number
  /** A(intake) of the meal, µg; null when absorption is not estimated. */
  absorbedUg: number | null
  /** Drawn bar heights under the axis top; labels use the true values. */
  shown: { animalUg: number; fortifiedUg: number; supplementUg: number; absorbedUg: number }
  /** The top drawn segment of the eaten stack; null when nothing is eaten. */
  topSource: B12Source | null
}

export interface DayMeals {
  meals: MealCoverage[]
  /** The most one meal absorbs through intrinsic factor, µg (the reference line). */
  saturationUg: number
  axisTopUg: number
}

/**
 * The four meal slots of day `dayIndex` (Monday = 0), each with µg per source and the absorbed
 * estimate of the meal as one event. Events with no day (a usual week) are not on any one day.
 */
export function mealCoverage(events: readonly WeekEvent[], dayIndex: number, absorbedEstimated = true): DayMeals {
  const breakdown = eventBreakdown(events)
  const byMeal = new Map<string, { split: ReturnType<typeof splitBySource>; intake: number }>()
  for (const slot of MEAL_SLOTS) byMeal.set(slot, { split: { animal: 0, fortified: 0, supplement: 0 }, intake: 0 })
  events.forEach((event, i) => {
    if (event.dayIndex !== dayIndex) return
    const meal = event.slot
    const split = splitBySource(event)
    const row = byMeal.get(meal) ?? { split: { animal: 0, fortified: 0, supplement: 0 }, intake: 0 }
    row.split.animal += split.animal
    row.split.fortified += split.fortified
    row.split.supplement += split.supplement
    row.intake += breakdown[i]?.intakeUg ?? 0
    byMeal.set(meal, row)
  })
  const rows = [...byMeal.entries()]
  const absorbed = rows.map(([, row]) => absorbedFromEvent(row.intake))
  const top = Math.min(niceCeil(IF_CAP * 8), niceCeil(Math.max(IF_CAP * 1.5, ...rows.map(([, row]) => row.intake))))
  const meals = rows.map(([meal, row], i): MealCoverage => {
    const [a = 0, f = 0, s = 0] = clampStack([row.split.animal, row.split.fortified, row.split.supplement], top)
    const abs = absorbedEstimated ? (absorbed[i] ?? 0) : null
    return {
      meal,
      label: capitalise(meal),
      animalUg: row.split.animal,
      fortifiedUg: row.split.fortified,
      supplementUg: row.split.supplement,
      intakeUg: row.intake,
      absorbedUg: abs,
      shown: { animalUg: a, fortifiedUg: f, supplementUg: s, absorbedUg: Math.min(abs ?? 0, top) },
      topSource: topSegment(B12_SOURCES, { animal: a, fortified: f, supplement: s }),
    }
  })
  return { meals, saturationUg: IF_CAP, axisTopUg: top }
}

/**
 * The per-meal chart's summary, e.g. "At breakfast 25.0 µg is eaten but only about 1.7 µg is
 * absorbed: one meal takes up little more than 1.5 µg."
 */
export function mealSummary(day: DayMeals, dayName: string): string {
  const eaten = day.meals.filter((meal) => meal.intakeUg > 0)
  if (eaten.length === 0) return `Nothing with B12 is planned on ${dayName}.`
  const total = eaten.reduce((sum, meal) => sum + meal.intakeUg, 0)
  if (eaten.some((meal) => meal.absorbedUg === null)) {
    return `On ${dayName} ${formatUg(total)} is planned over ${joinWords(eaten.map((meal) => meal.meal))}; how much is absorbed is not estimated.`
  }
  const absorbed = eaten.reduce((sum, meal) => sum + (meal.absorbedUg ?? 0), 0)
  const biggest = eaten.reduce((a, b) => (b.intakeUg > a.intakeUg ? b : a))
  if (biggest.absorbedUg !== null && biggest.intakeUg >= 2 * day.saturationUg) {
    return `On ${dayName} ${biggest.meal} gives ${formatUg(biggest.intakeUg)} but only about ${formatUg(biggest.absorbedUg)} of it is absorbed: one meal takes up little more than ${formatUg(day.saturationUg)}.`
  }
  const meals = eaten.length === 1 ? `one meal (${biggest.meal}) gives` : `${eaten.length} meals give`
  return `On ${dayName} ${meals} ${formatUg(total)}, of which about ${formatUg(absorbed)} is absorbed; smaller amounts spread over meals are absorbed best.`
}
