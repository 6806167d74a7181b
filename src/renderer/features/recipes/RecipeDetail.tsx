import { useEffect, useRef, useState } from 'react'
import { amountUnitOf, type FoodRecord } from '../../../core/foods/types'
import { parseDecimal } from '../../../core/units'
import { scaleRecipe } from '../../../core/planning/user-recipe'
import { DIET_LABELS, formatUg } from '../foods'
import { summarizeRecipe, TAG_LABELS } from './recipe-view'
import type { Recipe } from '../../../core/planning/types'

export interface RecipeDetailProps {
  recipe: Recipe
  foods: ReadonlyMap<string, FoodRecord>
  onClose: () => void
  onEdit: () => void
  onCopy: () => void
  onDelete?: () => void
}

/** A recipe: ingredients (scalable), steps, and nutrition per serving computed from the ingredients. */
export function RecipeDetail({
  recipe,
  foods,
  onClose,
  onEdit,
  onCopy,
  onDelete,
}: RecipeDetailProps) {
  const [servings, setServings] = useState(String(recipe.servings))
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [recipe.id])
  const parsed = parseDecimal(servings)
  const wanted = parsed.ok ? parsed.value : Number.NaN
  const valid = Number.isInteger(wanted) && wanted >= 1 && wanted <= 20
  const shown = valid ? scaleRecipe(recipe, wanted) : recipe
  const { perServing, diet } = summarizeRecipe(recipe, foods)
  return (
    <section className="food-detail" aria-labelledby="recipe-title">
      <div className="food-detail-head">
        <h2 id="recipe-title" ref={heading} tabIndex={-1}>
          {recipe.name}
        </h2>
        <button type="button" className="button button-secondary" onClick={onClose}>
          Close recipe
        </button>
      </div>
      <p className="badge-row">
        <span className="badge">{DIET_LABELS[diet]}</span>
        <span className="badge">{recipe.prepMinutes} min</span>
        {recipe.tags.map((tag) => (
          <span key={tag} className="badge">
            {TAG_LABELS[tag]}
          </span>
        ))}
        {recipe.source === 'user' ? <span className="badge">My recipe</span> : null}
      </p>
      <table className="data-table">
        <caption>Per serving (computed from the ingredients)</caption>
        <tbody>
          <tr>
            <th scope="row">Energy</th>
            <td>{Math.round(perServing.energyKcal)} kcal</td>
          </tr>
          <tr>
            <th scope="row">Protein</th>
            <td>{perServing.proteinG.toFixed(1)} g</td>
          </tr>
          <tr>
            <th scope="row">B12, from animal foods</th>
            <td>{formatUg(perServing.b12FoodUg)}</td>
          </tr>
          <tr>
            <th scope="row">B12, fortified or supplement</th>
            <td>{formatUg(perServing.b12CrystallineUg)}</td>
          </tr>
        </tbody>
      </table>
      <div className="form-field">
        <label htmlFor="recipe-scale">Make this many servings</label>
        <input
          id="recipe-scale"
          className="input-short"
          inputMode="numeric"
          value={servings}
          onChange={(e) => setServings(e.target.value)}
          aria-invalid={valid ? undefined : true}
          aria-describedby={valid ? undefined : 'recipe-scale-error'}
        />
        {valid ? null : (
          <p className="field-error" id="recipe-scale-error">
            Servings must be a whole number between 1 and 20.
          </p>
        )}
      </div>
      <table className="data-table">
        <caption>
          Ingredients for {shown.servings} serving{shown.servings === 1 ? '' : 's'}
        </caption>
        <thead>
          <tr>
            <th scope="col">Food</th>
            <th scope="col">Amount</th>
          </tr>
        </thead>
        <tbody>
          {shown.ingredients.map((ingredient, i) => (
            <tr key={`${ingredient.foodId}-${i}`}>
              <th scope="row">
                {foods.get(ingredient.foodId)?.name ?? 'Missing food'}
                {ingredient.note ? ` (${ingredient.note})` : ''}
              </th>
              <td>
                {Number(ingredient.grams.toFixed(1))} {amountUnitOf(foods.get(ingredient.foodId))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {recipe.steps.length > 0 ? (
        <ol>
          {recipe.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      ) : null}
      <div className="button-row">
        {recipe.source === 'user' ? (
          <button type="button" className="button" onClick={onEdit}>
            Edit this recipe
          </button>
        ) : null}
        <button type="button" className="button button-secondary" onClick={onCopy}>
          Make a copy to change
        </button>
        {onDelete ? (
          <button type="button" className="button button-danger" onClick={onDelete}>
            Delete this recipe
          </button>
        ) : null}
      </div>
    </section>
  )
}
