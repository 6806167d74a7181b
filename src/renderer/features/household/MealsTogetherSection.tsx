import { useId, useState } from 'react'
import { plansMealsFor } from '../../../core/planning/person'
import { MEAL_SLOTS, type MealSlot } from '../../../core/planning/types'
import { personAge } from '../../../core/profiles/to-assessment'
import type { Person } from '../../../core/profiles/person'
import { useMealsTogether, useServices } from '../../data'

const MEAL_NAMES: Readonly<Record<MealSlot, string>> = {
  breakfast: 'breakfast',
  lunch: 'lunch',
  dinner: 'dinner',
  snack: 'snacks',
}

export interface MealsTogetherSectionProps {
  people: readonly Person[]
}

/**
 * "We eat this meal together" per meal, for households of two or more planned people: at those
 * meals the planner looks for one dish for everyone; at the others each person gets their own.
 */
export function MealsTogetherSection({ people }: MealsTogetherSectionProps) {
  const { clock } = useServices()
  const { mealsTogether, update } = useMealsTogether()
  const [saved, setSaved] = useState<string | null>(null)
  const hintId = useId()
  const planned = people.filter((p) => plansMealsFor({ ageYears: personAge(p, clock.today()) }))
  if (planned.length < 2) return null

  const change = async (slot: MealSlot, together: boolean): Promise<void> => {
    setSaved(null)
    await update({ [slot]: together })
    const name = MEAL_NAMES[slot]
    setSaved(together ? `Saved: you eat ${name} together.` : `Saved: ${name} is each to their own.`)
  }

  return (
    <section className="meals-together" aria-labelledby={`${hintId}-title`}>
      <h2 id={`${hintId}-title`}>Meals together</h2>
      <form onSubmit={(event) => event.preventDefault()}>
        <fieldset>
          <legend>Which meals do you eat together?</legend>
          <p className="hint" id={hintId}>
            At a meal you eat together, the planner prefers one dish that suits everyone’s diet and
            allergies. Someone may still get a side with it, such as an egg or a piece of salmon, or
            a dish of their own, so that each person eats as their diet allows and gets what they
            need. At the other meals each person gets their own dish.
          </p>
          {MEAL_SLOTS.map((slot) => (
            <label key={slot} className="choice">
              <input
                type="checkbox"
                checked={mealsTogether[slot]}
                aria-describedby={hintId}
                onChange={(event) => void change(slot, event.target.checked)}
              />
              We eat {MEAL_NAMES[slot]} together
            </label>
          ))}
        </fieldset>
      </form>
      <p role="status" className="hint">
        {saved ?? ''}
      </p>
    </section>
  )
}
