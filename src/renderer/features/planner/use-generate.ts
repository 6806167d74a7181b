import { useCallback, useRef, useState } from 'react'
import type { FoodId, FoodRecord } from '../../../core/foods/types'
import type { Infeasibility } from '../../../core/planning/infeasibility'
import { plansMealsFor } from '../../../core/planning/person'
import type { PlanEntry, Recipe } from '../../../core/planning/types'
import type { GenerateWeekInput, RegenerateScope } from '../../../core/planning/week-context'
import type { Person } from '../../../core/profiles/person'
import { plannerPersonFor } from '../../../core/profiles/to-assessment'
import { useHouseholdRules, useMealsTogether, useServices } from '../../data'
import { checkHouseholdRules, type RuleReport } from '../../../core/planning/check-household-rules'
import { weekOf } from '../../../core/dates'
import { GenerationCancelled, type GenerateProgress } from '../../data'

export type GenerateState =
  | { status: 'idle' }
  | { status: 'running'; progress: GenerateProgress; scope: RegenerateScope; skipped: string[] }
  | {
      status: 'done'
      infeasibilities: Infeasibility[]
      previous: PlanEntry[]
      added: PlanEntry[]
      fallbacks: number
      skipped: string[]
      /** Household rules and variety the week does not keep (none when absent). */
      rules?: RuleReport
    }
  | { status: 'cancelled' }
  | { status: 'error'; message: string }

export interface GenerateRequest {
  people: readonly Person[]
  monday: string
  /** This week's entries of these people (kept when locked or outside the scope). */
  existing: readonly PlanEntry[]
  recipes: ReadonlyMap<string, Recipe>
  foods: ReadonlyMap<string, FoodRecord>
  scope: RegenerateScope
  /** Meals eaten together; absent = the household's stored setting. */
  mealsTogether?: GenerateWeekInput['mealsTogether']
}

/** Only the foods the generator can touch, so the message to the worker stays small. */
function foodsFor(request: GenerateRequest): Map<FoodId, FoodRecord> {
  const ids = new Set<string>()
  for (const recipe of request.recipes.values())
    for (const ingredient of recipe.ingredients) ids.add(ingredient.foodId)
  for (const entry of request.existing) if (entry.item.kind !== 'recipe') ids.add(entry.item.foodId)
  for (const person of request.people)
    for (const supplement of person.supplements) ids.add(supplement.foodId)
  const out = new Map<FoodId, FoodRecord>()
  for (const id of ids) {
    const food = request.foods.get(id)
    if (food) out.set(food.id, food)
  }
  return out
}

/** Generate a week, day or meal with the optimiser, off the UI thread, with progress, cancel and undo. */
export function useGenerate() {
  const { planGenerator, plans, clock } = useServices()
  const [state, setState] = useState<GenerateState>({ status: 'idle' })
  const abort = useRef<AbortController | null>(null)
  const seed = useRef(1)
  const rules = useHouseholdRules()
  const { mealsTogether } = useMealsTogether()

  const run = useCallback(
    async (request: GenerateRequest, fresh: boolean) => {
      if (fresh) seed.current += 1
      const controller = new AbortController()
      abort.current = controller
      const people = request.people.map((person) =>
        plannerPersonFor(person, clock.today(), (id) => request.foods.get(id)),
      )
      // The generator skips babies under 1 (reference §6a.3); say so while it runs, too.
      const skipped: string[] = people.filter((p) => !plansMealsFor(p)).map((p) => p.id)
      setState({
        status: 'running',
        progress: { done: 0, total: 1 },
        scope: request.scope,
        skipped,
      })
      const foods = foodsFor(request)
      try {
        const result = await planGenerator.generate(
          {
            people,
            recipes: [...request.recipes.values()],
            foods,
            weekStart: request.monday,
            seed: seed.current,
            existing: [...request.existing],
            scope: request.scope,
            rules: rules ?? [],
            mealsTogether: request.mealsTogether ?? mealsTogether,
          },
          (progress) => setState({ status: 'running', progress, scope: request.scope, skipped }),
          controller.signal,
        )
        // The result is the whole week of these people (kept entries included). Generated ids
        // are stable per person, day and meal, so replace the whole set in one transaction.
        const previous = [...request.existing]
        await plans.replace(
          previous.map((entry) => entry.id),
          result.entries,
        )
        setState({
          status: 'done',
          infeasibilities: result.infeasibilities,
          previous,
          added: result.entries,
          fallbacks: result.stats.fallbacks,
          skipped: result.skipped,
          rules: checkHouseholdRules({
            entries: result.entries,
            people,
            recipes: [...request.recipes.values()],
            foods,
            rules: rules ?? [],
            dates: weekOf(request.monday),
          }),
        })
      } catch (error) {
        if (error instanceof GenerationCancelled) setState({ status: 'cancelled' })
        else
          setState({
            status: 'error',
            message: error instanceof Error ? error.message : String(error),
          })
      } finally {
        abort.current = null
      }
    },
    [planGenerator, plans, clock, rules, mealsTogether],
  )

  const cancel = useCallback(() => abort.current?.abort(), [])

  /** Puts back what the last generation replaced. */
  const undo = useCallback(async () => {
    if (state.status !== 'done') return
    await plans.replace(
      state.added.map((entry) => entry.id),
      state.previous,
    )
    setState({ status: 'idle' })
  }, [state, plans])

  return { state, run, cancel, undo, dismiss: () => setState({ status: 'idle' }) }
}
