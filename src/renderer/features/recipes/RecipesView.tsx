import { useMemo, useState } from 'react'
import type { Diet } from '../../../core/foods/types'
import {
  MEAL_SLOTS,
  RECIPE_TAGS,
  type MealSlot,
  type Recipe,
  type RecipeTag,
} from '../../../core/planning/types'
import { slotLabel } from '../../../core/profiles/person'
import { useServices, useSettings } from '../../data'
import { StatusMessage } from '../../components/StatusMessage'
import type { RecipeRow } from '../../db/rows'
import { DIET_LABELS, formatUg } from '../foods'
import type { CatalogueState } from '../../data'
import { RecipeDetail } from './RecipeDetail'
import { draftFromRecipe, emptyRecipeDraft, RecipeForm } from './RecipeForm'
import { filterRecipes, summarizeRecipe, TAG_LABELS, type RecipeFilter } from './recipe-view'

type Ready = Extract<CatalogueState, { status: 'ready' }>
type Panel =
  | { type: 'none' }
  | { type: 'detail'; id: string }
  | { type: 'form'; recipe: Recipe | null; copyOf?: Recipe }

/** The recipe library: the starter recipes and the person's own; add, edit, scale, copy, delete (undo). */
export function RecipesView({ ready }: { ready: Ready }) {
  const { recipes: repo, newId } = useServices()
  const { settings } = useSettings()
  const [filter, setFilter] = useState<RecipeFilter>({
    text: '',
    slot: 'any',
    diet: 'any',
    tag: 'any',
    mine: false,
  })
  const [panel, setPanel] = useState<Panel>({ type: 'none' })
  const [removed, setRemoved] = useState<RecipeRow | null>(null)
  const [confirm, setConfirm] = useState<{ recipe: Recipe; uses: number } | null>(null)
  const summaries = useMemo(
    () => [...ready.recipes.values()].map((r) => summarizeRecipe(r, ready.foods)),
    [ready],
  )
  const shown = filterRecipes(summaries, filter)
  const selected = panel.type === 'detail' ? ready.recipes.get(panel.id) : undefined

  const save = async (input: Record<string, unknown>): Promise<void> => {
    const recipe = await repo.save(input, ready.foods)
    setPanel({ type: 'detail', id: recipe.id })
  }
  const reallyDelete = async (recipe: Recipe): Promise<void> => {
    const row = await repo.remove(recipe.id)
    setRemoved(row ?? null)
    setConfirm(null)
    setPanel({ type: 'none' })
  }
  const askDelete = async (recipe: Recipe): Promise<void> => {
    const uses = await repo.usage(recipe.id)
    if (uses > 0) setConfirm({ recipe, uses })
    else await reallyDelete(recipe)
  }
  const undo = async (): Promise<void> => {
    if (!removed) return
    await repo.restore(removed)
    setRemoved(null)
  }

  return (
    <div className="foods-layout">
      <div className="foods-search">
        <form role="search" className="food-filters" onSubmit={(e) => e.preventDefault()}>
          <div className="form-field search-field">
            <label htmlFor="recipe-search">Search recipes</label>
            <input
              id="recipe-search"
              type="search"
              value={filter.text}
              onChange={(e) => setFilter({ ...filter, text: e.target.value })}
            />
          </div>
          <div className="field-row">
            <div className="form-field">
              <label htmlFor="recipe-slot">Meal</label>
              <select
                id="recipe-slot"
                value={filter.slot}
                onChange={(e) => setFilter({ ...filter, slot: e.target.value as MealSlot | 'any' })}
              >
                <option value="any">Any meal</option>
                {MEAL_SLOTS.map((s) => (
                  <option key={s} value={s}>
                    {slotLabel(s)}
                  </option>
                ))}
              </select>
            </div>
            <div className="form-field">
              <label htmlFor="recipe-diet">Suits</label>
              <select
                id="recipe-diet"
                value={filter.diet}
                onChange={(e) => setFilter({ ...filter, diet: e.target.value as Diet | 'any' })}
              >
                <option value="any">Any diet</option>
                {(['vegan', 'lacto_ovo_vegetarian', 'pescatarian'] as const).map((d) => (
                  <option key={d} value={d}>
                    {DIET_LABELS[d]}
                  </option>
                ))}
              </select>
            </div>
            <div className="form-field">
              <label htmlFor="recipe-tag">Kind</label>
              <select
                id="recipe-tag"
                value={filter.tag}
                onChange={(e) => setFilter({ ...filter, tag: e.target.value as RecipeTag | 'any' })}
              >
                <option value="any">Any kind</option>
                {RECIPE_TAGS.map((t) => (
                  <option key={t} value={t}>
                    {TAG_LABELS[t]}
                  </option>
                ))}
              </select>
            </div>
            <label className="choice">
              <input
                type="checkbox"
                checked={filter.mine}
                onChange={(e) => setFilter({ ...filter, mine: e.target.checked })}
              />{' '}
              Only my recipes
            </label>
          </div>
        </form>
        <StatusMessage message={removed ? `Deleted “${removed.name}”.` : null} onUndo={undo} />
        {confirm ? (
          <div
            className="callout callout-warning"
            role="alertdialog"
            aria-labelledby="confirm-recipe-title"
          >
            <h2 id="confirm-recipe-title">Delete “{confirm.recipe.name}”?</h2>
            <p>
              It is used in {confirm.uses} planned meal{confirm.uses === 1 ? '' : 's'}. Those meals
              will show it as missing.
            </p>
            <div className="button-row">
              <button
                type="button"
                className="button button-danger"
                onClick={() => void reallyDelete(confirm.recipe)}
              >
                Delete anyway
              </button>
              <button
                type="button"
                className="button button-secondary"
                onClick={() => setConfirm(null)}
                autoFocus
              >
                Keep it
              </button>
            </div>
          </div>
        ) : null}
        <p className="result-count" aria-live="polite">
          {shown.length} recipes.
        </p>
        <ul className="food-results" aria-label="Recipes">
          {shown.map(({ recipe, perServing, diet }) => (
            <li key={recipe.id}>
              <button
                type="button"
                className="food-result"
                aria-pressed={panel.type === 'detail' && panel.id === recipe.id}
                onClick={() => setPanel({ type: 'detail', id: recipe.id })}
              >
                <span className="food-result-name">{recipe.name}</span>
                <span className="food-result-facts">
                  <span>
                    {Math.round(perServing.energyKcal)} kcal, B12{' '}
                    {formatUg(perServing.b12FoodUg + perServing.b12CrystallineUg)} per serving
                  </span>
                  <span className="badge">{DIET_LABELS[diet]}</span>
                  {recipe.source === 'user' ? <span className="badge">My recipe</span> : null}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </div>
      <div className="foods-side">
        {selected ? (
          <RecipeDetail
            recipe={selected}
            foods={ready.foods}
            units={settings.units}
            onClose={() => setPanel({ type: 'none' })}
            onEdit={() => setPanel({ type: 'form', recipe: selected })}
            onCopy={() => setPanel({ type: 'form', recipe: null, copyOf: selected })}
            onDelete={selected.source === 'user' ? () => void askDelete(selected) : undefined}
          />
        ) : null}
        {panel.type === 'form' ? (
          <RecipeForm
            key={panel.recipe?.id ?? panel.copyOf?.id ?? 'new'}
            isNew={panel.recipe === null}
            foods={ready.foods}
            search={ready.search}
            initial={
              panel.recipe
                ? draftFromRecipe(panel.recipe, panel.recipe.id)
                : panel.copyOf
                  ? draftFromRecipe(
                      panel.copyOf,
                      `my-${newId()}`,
                      `${panel.copyOf.name} (my version)`,
                    )
                  : emptyRecipeDraft(`my-${newId()}`)
            }
            onSave={save}
            onCancel={() => setPanel({ type: 'none' })}
          />
        ) : (
          <button
            type="button"
            className="button"
            onClick={() => setPanel({ type: 'form', recipe: null })}
          >
            Add a recipe
          </button>
        )}
      </div>
    </div>
  )
}
