import { useMemo } from 'react'
import type { FoodId, FoodRecord } from '../../../core/foods/types'
import { mealSharing } from '../../../core/planning/meal-sharing'
import { recipeFacts } from '../../../core/planning/recipe-facts'
import type { PlanEntry, Recipe } from '../../../core/planning/types'
import type { Person } from '../../../core/profiles/person'
import { plannerPersonFor } from '../../../core/profiles/to-assessment'
import { useMealsTogether, useServices } from '../../data'
import { splitPlannedPeople } from './planned-people'
import { sharingParagraphs } from './sharing-text'

export interface SharingSummaryProps {
  /** The people shown on the page; only those the planner plans for count. */
  people: readonly Person[]
  /** The week's entries. */
  entries: readonly PlanEntry[]
  library: { foods: ReadonlyMap<string, FoodRecord>; recipes: ReadonlyMap<string, Recipe> } | null
}

/**
 * Why meals are shared or not, for the week, in a few sentences: shown when two or more people
 * are planned and at least one meal is eaten together.
 */
export function SharingSummary({ people, entries, library }: SharingSummaryProps) {
  const { clock } = useServices()
  const { mealsTogether } = useMealsTogether()
  const today = clock.today()
  const planned = useMemo(() => splitPlannedPeople(people, today).planned, [people, today])
  const facts = useMemo(
    () =>
      library
        ? recipeFacts(
            [...library.recipes.values()],
            library.foods as ReadonlyMap<FoodId, FoodRecord>,
          )
        : null,
    [library],
  )
  const sentences = useMemo(() => {
    if (!library || !facts || planned.length < 2) return []
    const plannerPeople = planned.map((p) =>
      plannerPersonFor(p, today, (id) => library.foods.get(id)),
    )
    const shares = mealSharing(entries, plannerPeople, facts, mealsTogether)
    return sharingParagraphs(
      shares,
      planned.map((p) => ({ id: p.id, name: p.name, diet: p.diet })),
      (id) => library.foods.get(id)?.name ?? 'a side',
    )
  }, [library, facts, planned, entries, mealsTogether, today])
  if (sentences.length === 0) return null
  return (
    <section className="sharing-summary" aria-labelledby="sharing-summary-title">
      <h3 id="sharing-summary-title">Meals together this week</h3>
      {sentences.map((text) => (
        <p key={text}>{text}</p>
      ))}
      <p className="hint">
        Which meals you eat together is set on the <a href="#/household">Household</a> page.
      </p>
    </section>
  )
}
