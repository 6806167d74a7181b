/**
 * What a generated week could not meet, once per cause. The generator reviews every person-day
 * (infeasibility.ts); a target missed on seven days is still one cause, so the misses are grouped
 * by person, kind and meal, with the days they affect and the range of what the days reached.
 * The sentence is written from these fields (no text is parsed back). No dose is named here:
 * doses come only from the person's own suggestion (reference §6a.6), so a B12 shortfall carries
 * `adviceFor` and the page links to that person's Advice.
 */
import { cite, type Citation } from '../b12/sources'
import type { Diet } from '../foods/types'
import type { Infeasibility, InfeasibilityCode } from './infeasibility'
import { MEAL_SLOTS, type MealSlot, type ProfileId } from './types'

export interface Shortfall {
  profileId: ProfileId
  code: InfeasibilityCode
  /** The person's diet: it says which recipes were searched. */
  diet: Diet
  /** NO_RECIPES only: the meal no recipe fits. */
  slot?: MealSlot
  /** YYYY-MM-DD, in order, each once. */
  dates: string[]
  /** Every day of the week is affected (7 distinct dates: a result covers one week). */
  everyDay: boolean
  /** Lowest and highest value the affected days reached, in `unit`. */
  achieved: { min: number; max: number }
  /** The target the rule asks for (the strictest if the days differ), in `unit`. */
  target: number
  unit: Infeasibility['unit']
  /** B12 kinds: the person whose Advice page says what can close the gap. */
  adviceFor?: ProfileId
  /** What the target rests on (B12 kinds); energy and protein targets are the person's own. */
  sources: readonly Citation[]
}

/** Most important first: B12, then energy and protein, then meals left empty. */
const KIND_ORDER: readonly InfeasibilityCode[] = [
  'B12_ABSORBED_SHORT',
  'B12_CRYSTALLINE_SHORT',
  'ENERGY_LOW',
  'ENERGY_HIGH',
  'PROTEIN_LOW',
  'NO_RECIPES',
]

const DAYS_IN_WEEK = 7

const SOURCES: Partial<Record<InfeasibilityCode, readonly Citation[]>> = {
  B12_ABSORBED_SHORT: [
    cite('IOM', 'Summary; Absorption'),
    cite('ODS', 'Recommended intakes, Table 1'),
  ],
  B12_CRYSTALLINE_SHORT: [
    cite('IOM', 'Summary'),
    cite('ODS', 'Older adults; Interactions with medications'),
  ],
}

/** A rule whose edge is an upper bound: the strictest target is the lowest. */
const isUpperBound = (code: InfeasibilityCode): boolean => code === 'ENERGY_HIGH'

function merge(into: Shortfall, miss: Infeasibility): void {
  if (!into.dates.includes(miss.date)) into.dates.push(miss.date)
  into.achieved.min = Math.min(into.achieved.min, miss.achieved)
  into.achieved.max = Math.max(into.achieved.max, miss.achieved)
  into.target = isUpperBound(miss.code)
    ? Math.min(into.target, miss.target)
    : Math.max(into.target, miss.target)
}

function start(miss: Infeasibility): Shortfall {
  const b12 = miss.code.startsWith('B12')
  return {
    profileId: miss.profileId,
    code: miss.code,
    diet: miss.diet,
    ...(miss.code === 'NO_RECIPES' && miss.slot ? { slot: miss.slot } : {}),
    dates: [miss.date],
    everyDay: false,
    achieved: { min: miss.achieved, max: miss.achieved },
    target: miss.target,
    unit: miss.unit,
    ...(b12 ? { adviceFor: miss.profileId } : {}),
    sources: SOURCES[miss.code] ?? [],
  }
}

const rank = (s: Shortfall): number =>
  KIND_ORDER.indexOf(s.code) * MEAL_SLOTS.length + (s.slot ? MEAL_SLOTS.indexOf(s.slot) : 0)

/**
 * One entry per person, kind of shortfall and (for meals without a recipe) meal. People keep the
 * order they first appear in; within a person the most important kind comes first. An empty
 * list gives an empty list.
 */
export function groupShortfalls(misses: readonly Infeasibility[]): Shortfall[] {
  const groups = new Map<string, Shortfall>()
  const people: ProfileId[] = []
  for (const miss of misses) {
    const key = `${miss.profileId}\u0000${miss.code}\u0000${miss.code === 'NO_RECIPES' ? (miss.slot ?? '') : ''}`
    const found = groups.get(key)
    if (found) merge(found, miss)
    else groups.set(key, start(miss))
    if (!people.includes(miss.profileId)) people.push(miss.profileId)
  }
  const out = [...groups.values()]
  for (const s of out) {
    s.dates.sort()
    s.everyDay = s.dates.length >= DAYS_IN_WEEK
  }
  return out.sort(
    (a, b) => people.indexOf(a.profileId) - people.indexOf(b.profileId) || rank(a) - rank(b),
  )
}
