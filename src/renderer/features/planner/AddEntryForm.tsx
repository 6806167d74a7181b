import { useId, useMemo, useState } from 'react'
import { defaultPortion } from '../../../core/foods/portions'
import { searchFoods, type FoodSearch } from '../../../core/foods/search'
import type { FoodRecord } from '../../../core/foods/types'
import { recipeDiet } from '../../../core/planning/recipe-nutrition'
import {
  planEntryId,
  recipeId,
  type MealSlot,
  type PlanEntry,
  type PlanItem,
  type ProfileId,
} from '../../../core/planning/types'
import type { Person } from '../../../core/profiles/person'
import { slotLabel } from '../../../core/profiles/person'
import { foodId } from '../../../core/foods/types'
import { grams } from '../../../core/units'
import { amountLimits, parseAmount, type PlanLibrary } from './entry-text'
import { dayTitle } from './week-text'

export interface AddEntryFormProps {
  person: Person
  date: string
  slot: MealSlot
  library: PlanLibrary
  search: FoodSearch
  newId: () => string
  onAdd: (entry: PlanEntry) => void
  onCancel: () => void
}

type Kind = PlanItem['kind']
interface Choice {
  id: string
  name: string
  defaultAmount: number
}

const DIET_RANK = { vegan: 0, lacto_ovo_vegetarian: 1, pescatarian: 2, omnivore: 3 } as const

function recipeChoices(
  library: PlanLibrary,
  person: Person,
  slot: MealSlot,
  text: string,
): Choice[] {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean)
  const foods = library.foods as ReadonlyMap<never, FoodRecord>
  return [...library.recipes.values()]
    .filter((r) => DIET_RANK[recipeDiet(r, foods)] <= DIET_RANK[person.diet])
    .filter((r) => words.every((w) => r.name.toLowerCase().includes(w)))
    .sort(
      (a, b) =>
        Number(b.slots.includes(slot)) - Number(a.slots.includes(slot)) ||
        a.name.localeCompare(b.name),
    )
    .slice(0, 8)
    .map((r) => ({ id: r.id, name: r.name, defaultAmount: 1 }))
}

function foodChoices(search: FoodSearch, text: string, kind: 'food' | 'supplement'): Choice[] {
  return searchFoods(search, text, { limit: 40 })
    .map((hit) => hit.food)
    .filter((food) => food.kind === kind)
    .slice(0, 8)
    .map((food) => ({
      id: food.id,
      name: food.name,
      defaultAmount: kind === 'supplement' ? 1 : defaultPortion(food).grams,
    }))
}

/** Add a recipe, food or supplement to one meal of one day, with its amount. */
export function AddEntryForm({
  person,
  date,
  slot,
  library,
  search,
  newId,
  onAdd,
  onCancel,
}: AddEntryFormProps) {
  const id = useId()
  const [kind, setKind] = useState<Kind>('recipe')
  const [text, setText] = useState('')
  const [chosen, setChosen] = useState<Choice | null>(null)
  const [amount, setAmount] = useState('')
  const [error, setError] = useState<string | null>(null)
  const choices = useMemo(
    () =>
      kind === 'recipe'
        ? recipeChoices(library, person, slot, text)
        : text.trim().length < 2
          ? []
          : foodChoices(search, text, kind),
    [kind, library, person, slot, text, search],
  )
  const where = `${dayTitle(date)}, ${slotLabel(slot).toLowerCase()}`
  const chosenFood = chosen && kind !== 'recipe' ? library.foods.get(chosen.id) : undefined
  const add = (): void => {
    if (!chosen) return setError('Choose what to add from the list.')
    const parsed = parseAmount(kind, amount, chosenFood)
    if (!parsed.ok) return setError(parsed.message)
    const item: PlanItem =
      kind === 'recipe'
        ? { kind, recipeId: recipeId(chosen.id), servings: parsed.value }
        : kind === 'food'
          ? { kind, foodId: foodId(chosen.id), grams: grams(parsed.value) }
          : { kind, foodId: foodId(chosen.id), units: parsed.value }
    onAdd({
      id: planEntryId(newId()),
      profileId: person.id as ProfileId,
      date,
      slot,
      item,
      locked: false,
    })
  }
  return (
    <fieldset className="add-entry" onKeyDown={(event) => event.key === 'Escape' && onCancel()}>
      <legend>
        Add to {person.name}&apos;s {where}
      </legend>
      <div className="choice-row">
        {(['recipe', 'food', 'supplement'] as const).map((k) => (
          <label key={k} className="choice">
            <input
              type="radio"
              name={`${id}-kind`}
              checked={kind === k}
              onChange={() => {
                setKind(k)
                setChosen(null)
                setText('')
              }}
            />
            {k === 'recipe' ? 'A recipe' : k === 'food' ? 'A food' : 'A supplement'}
          </label>
        ))}
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-search`}>
          {kind === 'recipe'
            ? 'Find a recipe'
            : kind === 'food'
              ? 'Find a food'
              : 'Find a supplement'}
        </label>
        <input
          id={`${id}-search`}
          type="search"
          value={text}
          autoComplete="off"
          autoFocus
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      {choices.length > 0 ? (
        <ul className="plain-list choice-list" aria-label="Choices">
          {choices.map((choice) => (
            <li key={choice.id}>
              <button
                type="button"
                className="food-result"
                aria-pressed={chosen?.id === choice.id}
                onClick={() => {
                  setChosen(choice)
                  setAmount(String(choice.defaultAmount))
                  setError(null)
                }}
              >
                {choice.name}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {chosen ? (
        <div className="form-field">
          <label htmlFor={`${id}-amount`}>
            {amountLimits(kind, chosenFood).label} of {chosen.name}
          </label>
          <input
            id={`${id}-amount`}
            className="input-short"
            inputMode="decimal"
            value={amount}
            onChange={(event) => setAmount(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault()
                add()
              }
            }}
          />
        </div>
      ) : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="button-row">
        <button type="button" className="button" onClick={add}>
          Add
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </fieldset>
  )
}
