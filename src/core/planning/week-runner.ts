/**
 * The day-by-day loop shared by the optimiser and the greedy baseline: days in order, people
 * in order within a day (so later people see what earlier ones eat), each day chosen by a
 * `DayChooser`, placed, then reviewed against the exact targets.
 */
import { dayIntake } from './day-intake'
import type { DayChoice, FixedIntake, FreeSlot } from './day-model'
import { noRecipes, reviewDay, type Infeasibility } from './infeasibility'
import type { DailyTargets } from './person'
import type { PlanEntry, ProfileId } from './types'
import {
  fixedIntake,
  keptFor,
  openSlots,
  placeChoices,
  prepareWeek,
  slotPools,
  type GenerateWeekInput,
  type PersonState,
  type WeekContext,
} from './week-context'

export interface GenerateStats {
  /** Day models built (each solved by the exact search or, failing that, by the MIP solver). */
  solves: number
  /** Day models the exact search solved (day-search.ts); the rest went to the MIP solver. */
  searched: number
  /** Days where the solver failed and the greedy choice was used instead. */
  fallbacks: number
  /**
   * Σ of the day models' objective values over the days solved (search or MIP; greedy days add
   * nothing): the week's objective, to compare one way of solving with another.
   */
  objective: number
  /** Largest day model, in binary variables. */
  maxVariables: number
}

export interface GenerateWeekResult {
  /** The whole week for everyone: kept entries and new ones. */
  entries: PlanEntry[]
  /** Every hard target the returned week misses, with numbers. */
  infeasibilities: Infeasibility[]
  /** People given but not planned for (babies under 1, reference §6a.3); their entries are untouched. */
  skipped: ProfileId[]
  stats: GenerateStats
}

export type DayChooser<R> = (
  ctx: WeekContext,
  p: PersonState,
  free: FreeSlot[],
  fixed: FixedIntake,
  targets: DailyTargets,
) => R

interface DayWork {
  p: PersonState
  date: string
  free: FreeSlot[]
  fixed: FixedIntake
}

function* days(ctx: WeekContext, out: { infeasibilities: Infeasibility[] }): Generator<DayWork> {
  for (const date of ctx.dates) {
    for (const p of ctx.people) {
      const slots = openSlots(ctx, p, date)
      const pools = slotPools(ctx, p, date, slots)
      for (const pool of pools) {
        if (pool.candidates.length === 0)
          out.infeasibilities.push(noRecipes(p.person.id, date, pool.slot, p.person.diet))
      }
      yield {
        p,
        date,
        free: pools.filter((x) => x.candidates.length > 0),
        fixed: fixedIntake(ctx, p, date),
      }
    }
  }
}

function finish(
  ctx: WeekContext,
  work: DayWork,
  choices: readonly DayChoice[],
  result: GenerateWeekResult,
): void {
  const placed = work.free.length > 0 ? placeChoices(ctx, work.p, work.date, choices) : []
  result.entries.push(...placed)
  const all = [...keptFor(ctx, work.p, work.date), ...placed]
  const intake = dayIntake(all, work.p.person, ctx.recipesById, ctx.input.foods)
  result.infeasibilities.push(
    ...reviewDay(work.p.person.id, work.date, work.p.person.diet, intake, work.p.targets),
  )
}

function emptyResult(ctx: WeekContext): GenerateWeekResult {
  return {
    entries: [...ctx.kept],
    infeasibilities: [],
    skipped: [...ctx.skipped],
    stats: { solves: 0, searched: 0, fallbacks: 0, maxVariables: 0, objective: 0 },
  }
}

/** Runs the week with a synchronous chooser. */
export function runWeekSync(
  input: GenerateWeekInput,
  choose: DayChooser<DayChoice[]>,
): GenerateWeekResult {
  const ctx = prepareWeek(input)
  const result = emptyResult(ctx)
  for (const work of days(ctx, result)) {
    const choices =
      work.free.length > 0 ? choose(ctx, work.p, work.free, work.fixed, work.p.targets) : []
    finish(ctx, work, choices, result)
  }
  return result
}

/** Runs the week with an asynchronous chooser (one solver call per person-day). */
export async function runWeekAsync(
  input: GenerateWeekInput,
  choose: DayChooser<Promise<DayChoice[]>>,
): Promise<GenerateWeekResult> {
  const ctx = prepareWeek(input)
  const result = emptyResult(ctx)
  for (const work of days(ctx, result)) {
    const choices =
      work.free.length > 0 ? await choose(ctx, work.p, work.free, work.fixed, work.p.targets) : []
    finish(ctx, work, choices, result)
  }
  return result
}
