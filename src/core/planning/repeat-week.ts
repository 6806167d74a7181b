/**
 * "Plan a week like another one": a saved (earlier) week copied into a target week, its days
 * optionally shifted round (rotated) so Monday's meals land on another day, locked meals of the
 * target kept, meals the person can no longer eat (diet or allergy changed since) left out, and
 * the variety rule kept across the join: a shift is scored by the back-to-back repeats it makes
 * (the same recipe at the same meal on consecutive days), counted over the day before the target
 * week and the copy, with weekVariety so the planner and this count alike.
 */
import { addDays, daysBetween } from '../dates'
import { checkWeek, type Violation } from './check-week'
import type { PlannerPerson } from './person'
import type { FoodLookup } from './recipe-nutrition'
import { planEntryId, type PlanEntry, type ProfileId, type Recipe } from './types'
import { weekVariety } from './week-variety'

/** 0 = the same weekdays; n = each day moves n days on (Sunday's meals wrap to Monday + n − 1). */
export type DayShift = 0 | 1 | 2 | 3 | 4 | 5 | 6
export const DAY_SHIFTS: readonly DayShift[] = [0, 1, 2, 3, 4, 5, 6]

export interface RepeatWeekInput {
  /** Entries of the source week (others are ignored). */
  source: readonly PlanEntry[]
  sourceMonday: string
  targetMonday: string
  shift: DayShift
  /** People to copy for (their source entries are copied). */
  people: readonly PlannerPerson[]
  /** The target week's current entries: locked ones stay and block their meal. */
  target: readonly PlanEntry[]
  newId: () => string
}

/** Where a source date lands in the target week. */
export function shiftedDate(
  date: string,
  sourceMonday: string,
  targetMonday: string,
  shift: DayShift,
): string {
  const day = daysBetween(sourceMonday, date)
  return addDays(targetMonday, (day + shift) % 7)
}

/** The source week's entries for `people`, moved (and rotated) into the target week, unlocked. */
export function shiftWeek(input: Omit<RepeatWeekInput, 'target'>): PlanEntry[] {
  const ids = new Set<string>(input.people.map((p) => p.id))
  return input.source
    .filter((e) => {
      const day = daysBetween(input.sourceMonday, e.date)
      return ids.has(e.profileId) && day >= 0 && day < 7
    })
    .map((e) => ({
      ...e,
      id: planEntryId(input.newId()),
      date: shiftedDate(e.date, input.sourceMonday, input.targetMonday, input.shift),
      locked: false,
    }))
}

/** Back-to-back repeats per person in `entries`, summed over people. */
export function backToBackRepeats(
  entries: readonly PlanEntry[],
  people: readonly ProfileId[],
): number {
  return people.reduce((n, id) => n + weekVariety(entries, id).backToBack, 0)
}

export interface ShiftOption {
  shift: DayShift
  /** Back-to-back repeats the copy makes, over the day before the target week and the copy. */
  backToBack: number
}

/**
 * Each shift with the repeats it makes. `before` holds the entries of the day before the target
 * week (its Sunday), which the copy's Monday must not repeat.
 */
export function shiftOptions(
  input: Omit<RepeatWeekInput, 'target' | 'shift'>,
  before: readonly PlanEntry[],
): ShiftOption[] {
  const ids = input.people.map((p) => p.id)
  const sunday = addDays(input.targetMonday, -1)
  const edge = before.filter((e) => e.date === sunday)
  return DAY_SHIFTS.map((shift) => {
    const copy = shiftWeek({ ...input, shift, newId: () => 'x' })
    return { shift, backToBack: backToBackRepeats([...edge, ...copy], ids) }
  })
}

/** The shift with fewest repeats; the same weekdays win a tie, then the smallest move. */
export function bestShift(options: readonly ShiftOption[]): DayShift {
  let best: ShiftOption = options[0] ?? { shift: 0, backToBack: 0 }
  for (const o of options) if (o.backToBack < best.backToBack) best = o
  return best.shift
}

export interface RepeatWeekResult {
  /** Target entries to remove (unlocked entries of the people copied for). */
  remove: PlanEntry[]
  /** New entries to store. */
  add: PlanEntry[]
  /** Meals left out because a locked meal is there already. */
  blockedByLocked: number
  /** Meals left out because the person's diet or allergies now rule them out, with why. */
  ruledOut: { entry: PlanEntry; violation: Violation }[]
}

const key = (e: { profileId: string; date: string; slot: string }): string =>
  `${e.profileId}|${e.date}|${e.slot}`

/** The copy, ready to store: what to remove, what to add, and what was left out and why. */
export function repeatWeek(
  input: RepeatWeekInput,
  recipes: readonly Recipe[],
  foods: FoodLookup,
): RepeatWeekResult {
  const ids = new Set<string>(input.people.map((p) => p.id))
  const mine = input.target.filter((e) => ids.has(e.profileId))
  const locked = mine.filter((e) => e.locked)
  const lockedMeals = new Set(locked.filter((e) => e.item.kind !== 'supplement').map(key))
  const copy = shiftWeek(input)
  const open = copy.filter((e) => e.item.kind === 'supplement' || !lockedMeals.has(key(e)))
  const ruledOut: RepeatWeekResult['ruledOut'] = []
  const add = open.filter((entry) => {
    const person = input.people.find((p) => p.id === entry.profileId)
    const bad = person
      ? checkWeek([entry], [person], recipes, foods).find((v) =>
          ['DIET', 'ALLERGY', 'UNKNOWN_ITEM'].includes(v.code),
        )
      : undefined
    if (bad) ruledOut.push({ entry, violation: bad })
    return bad === undefined
  })
  return {
    remove: mine.filter((e) => !e.locked),
    add,
    blockedByLocked: copy.length - open.length,
    ruledOut,
  }
}
