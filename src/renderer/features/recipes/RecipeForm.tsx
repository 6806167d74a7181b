import { useId, useState, type FormEvent } from 'react'
import { defaultPortion } from '../../../core/foods/portions'
import { searchFoods, type FoodSearch } from '../../../core/foods/search'
import { amountUnitOf, type FoodRecord } from '../../../core/foods/types'
import { MEAL_SLOTS, RECIPE_TAGS, type Recipe } from '../../../core/planning/types'
import { validateUserRecipe, type RecipeFieldError } from '../../../core/planning/user-recipe'
import type { FoodLookup } from '../../../core/planning/recipe-nutrition'
import { slotLabel } from '../../../core/profiles/person'
import { ErrorSummary, FormField } from '../../components/FormField'
import { TAG_LABELS } from './recipe-view'
import { useFormErrors } from '../../components/use-form-errors'

export interface RecipeDraft {
  id: string
  name: string
  slots: string[]
  servings: string
  prepMinutes: string
  tags: string[]
  ingredients: { key: string; foodId: string; grams: string; note?: string }[]
  steps: string
}

export function draftFromRecipe(recipe: Recipe, id: string, name = recipe.name): RecipeDraft {
  return {
    id,
    name,
    slots: [...recipe.slots],
    servings: String(recipe.servings),
    prepMinutes: String(recipe.prepMinutes),
    tags: [...recipe.tags],
    ingredients: recipe.ingredients.map((i, n) => ({
      key: `i${n}`,
      foodId: i.foodId,
      grams: String(i.grams),
      ...(i.note ? { note: i.note } : {}),
    })),
    steps: recipe.steps.join('\n'),
  }
}

export function emptyRecipeDraft(id: string): RecipeDraft {
  return {
    id,
    name: '',
    slots: [],
    servings: '2',
    prepMinutes: '15',
    tags: [],
    ingredients: [],
    steps: '',
  }
}

export function inputFromRecipeDraft(draft: RecipeDraft): Record<string, unknown> {
  return {
    ...draft,
    ingredients: draft.ingredients.map(({ foodId, grams, note }) => ({ foodId, grams, note })),
    steps: draft.steps.split('\n'),
  }
}

export interface RecipeFormProps {
  initial: RecipeDraft
  isNew: boolean
  foods: ReadonlyMap<string, FoodRecord>
  search: FoodSearch
  onSave: (input: Record<string, unknown>) => Promise<void>
  onCancel: () => void
}

/** Add or edit one of the person's own recipes; nutrition is computed, never typed. */
export function RecipeForm({ initial, isNew, foods, search, onSave, onCancel }: RecipeFormProps) {
  const prefix = useId()
  const idFor = (field: string): string => `${prefix}-${field.replace(/\./g, '-')}`
  const [draft, setDraft] = useState(initial)
  const { errors, setErrors, errorFor, summaryRef } = useFormErrors<RecipeFieldError>()
  const [find, setFind] = useState('')
  const update = (patch: Partial<RecipeDraft>): void => setDraft((d) => ({ ...d, ...patch }))
  const toggle = (list: string[], value: string, on: boolean): string[] =>
    on ? [...list, value] : list.filter((v) => v !== value)
  const found =
    find.trim().length >= 2
      ? searchFoods(search, find, { limit: 8 }).filter((hit) => hit.food.kind === 'food')
      : []
  const submit = (event: FormEvent): void => {
    event.preventDefault()
    const input = inputFromRecipeDraft(draft)
    const checked = validateUserRecipe(input, foods as FoodLookup)
    if (!checked.ok) return setErrors(checked.errors)
    setErrors([])
    onSave(input).catch((error: unknown) =>
      setErrors([{ field: 'name', message: `Nothing was saved: ${String(error)}` }]),
    )
  }
  return (
    <form
      className="custom-food-form"
      onSubmit={submit}
      noValidate
      aria-labelledby={`${prefix}-title`}
    >
      <h2 id={`${prefix}-title`}>{isNew ? 'Add a recipe' : `Edit “${initial.name}”`}</h2>
      <ErrorSummary errors={errors} idFor={idFor} summaryRef={summaryRef} />
      <FormField id={idFor('name')} label="Name" error={errorFor('name')}>
        {(ids) => (
          <input
            {...ids}
            type="text"
            value={draft.name}
            onChange={(e) => update({ name: e.target.value })}
          />
        )}
      </FormField>
      <fieldset id={idFor('slots')}>
        <legend>Suits these meals</legend>
        {errorFor('slots') ? <p className="field-error">{errorFor('slots')}</p> : null}
        {MEAL_SLOTS.map((slot) => (
          <label key={slot} className="choice">
            <input
              type="checkbox"
              checked={draft.slots.includes(slot)}
              onChange={(e) => update({ slots: toggle(draft.slots, slot, e.target.checked) })}
            />
            {slotLabel(slot)}
          </label>
        ))}
      </fieldset>
      <div className="field-row">
        <FormField id={idFor('servings')} label="Servings it makes" error={errorFor('servings')}>
          {(ids) => (
            <input
              {...ids}
              inputMode="numeric"
              className="input-short"
              value={draft.servings}
              onChange={(e) => update({ servings: e.target.value })}
            />
          )}
        </FormField>
        <FormField
          id={idFor('prepMinutes')}
          label="Preparation, minutes"
          error={errorFor('prepMinutes')}
        >
          {(ids) => (
            <input
              {...ids}
              inputMode="numeric"
              className="input-short"
              value={draft.prepMinutes}
              onChange={(e) => update({ prepMinutes: e.target.value })}
            />
          )}
        </FormField>
      </div>
      <fieldset>
        <legend>Tags</legend>
        {RECIPE_TAGS.map((tag) => (
          <label key={tag} className="choice">
            <input
              type="checkbox"
              checked={draft.tags.includes(tag)}
              onChange={(e) => update({ tags: toggle(draft.tags, tag, e.target.checked) })}
            />
            {TAG_LABELS[tag]}
          </label>
        ))}
      </fieldset>
      <fieldset id={idFor('ingredients')}>
        <legend>Ingredients (for all servings)</legend>
        {errorFor('ingredients') ? <p className="field-error">{errorFor('ingredients')}</p> : null}
        <ul className="plain-list editor-list">
          {draft.ingredients.map((ingredient, index) => {
            const food = foods.get(ingredient.foodId)
            const name = food?.name ?? 'Missing food'
            return (
              <li key={ingredient.key} className="editor-row">
                <FormField
                  id={idFor(`ingredients.${index}.grams`)}
                  label={`${amountUnitOf(food) === 'ml' ? 'Millilitres' : 'Grams'} of ${name}`}
                  error={
                    errorFor(`ingredients.${index}.grams`) ??
                    errorFor(`ingredients.${index}.foodId`)
                  }
                >
                  {(ids) => (
                    <input
                      {...ids}
                      inputMode="decimal"
                      className="input-short"
                      value={ingredient.grams}
                      onChange={(e) =>
                        update({
                          ingredients: draft.ingredients.map((i, n) =>
                            n === index ? { ...i, grams: e.target.value } : i,
                          ),
                        })
                      }
                    />
                  )}
                </FormField>
                <button
                  type="button"
                  className="button button-small button-secondary"
                  onClick={() =>
                    update({ ingredients: draft.ingredients.filter((_, n) => n !== index) })
                  }
                >
                  Remove {name}
                </button>
              </li>
            )
          })}
        </ul>
        <div className="form-field">
          <label htmlFor={idFor('find')}>Add an ingredient: find a food</label>
          <input
            id={idFor('find')}
            type="search"
            value={find}
            autoComplete="off"
            onChange={(e) => setFind(e.target.value)}
          />
        </div>
        {found.length > 0 ? (
          <ul className="plain-list choice-list" aria-label="Foods to add">
            {found.map(({ food }) => (
              <li key={food.id}>
                <button
                  type="button"
                  className="food-result"
                  onClick={() => {
                    update({
                      ingredients: [
                        ...draft.ingredients,
                        {
                          key: `n${Date.now()}`,
                          foodId: food.id,
                          grams: String(defaultPortion(food).grams),
                        },
                      ],
                    })
                    setFind('')
                  }}
                >
                  {food.name}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </fieldset>
      <FormField id={idFor('steps')} label="Steps (one per line)" error={errorFor('steps')}>
        {(ids) => (
          <textarea
            {...ids}
            rows={5}
            value={draft.steps}
            onChange={(e) => update({ steps: e.target.value })}
          />
        )}
      </FormField>
      <div className="button-row">
        <button type="submit" className="button">
          {isNew ? 'Save recipe' : 'Save changes'}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
