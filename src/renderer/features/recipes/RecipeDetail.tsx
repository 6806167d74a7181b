import { useEffect, useId, useRef, useState } from 'react'
import { amountUnitOf, type FoodRecord } from '../../../core/foods/types'
import { parseDecimal } from '../../../core/units'
import { GRAMS_PER_OZ, ML_PER_FL_OZ, type UnitSystem } from '../../../core/shopping'
import { scaleRecipe } from '../../../core/planning/user-recipe'
import { scaledIngredients } from '../../../core/planning/recipe-scale'
import { addNutrition, ZERO_NUTRITION } from '../../../core/planning/recipe-nutrition'
import { DIET_LABELS, formatUg } from '../foods'
import { summarizeRecipe, TAG_LABELS } from './recipe-view'
import type { Recipe } from '../../../core/planning/types'

export interface RecipeDetailProps {
  recipe: Recipe
  foods: ReadonlyMap<string, FoodRecord>
  onClose: () => void
  /** Absent (with onCopy) where the recipe is only looked at, e.g. from the plan. */
  onEdit?: () => void
  onCopy?: () => void
  onDelete?: () => void
  /**
   * One person's planned meal: nutrition and ingredients for their servings (any amount the
   * planner allows, e.g. 1.5), said in words; no scaling field.
   */
  forPerson?: { name: string; servings: number }
  /** Heading level of the recipe's name where it sits inside another section. Default 2. */
  headingLevel?: 2 | 3 | 4 | 5
  /** The app's units setting: US shows ounces first, with the grams the recipe is written in. */
  units?: UnitSystem
}

/** An ingredient amount: "12.5 g"; in US units "0.44 oz (12.5 g)" (fl oz for drinks in ml). */
export function ingredientAmountText(g: number, unit: 'g' | 'ml', units: UnitSystem): string {
  const metric = `${Number(g.toFixed(1))} ${unit}`
  if (units === 'metric') return metric
  const oz = unit === 'ml' ? g / ML_PER_FL_OZ : g / GRAMS_PER_OZ
  return `${Number(oz.toFixed(2))} ${unit === 'ml' ? 'fl oz' : 'oz'} (${metric})`
}

const plural = (n: number): string => `${String(Number(n.toFixed(2)))} serving${n === 1 ? '' : 's'}`

/**
 * A recipe: ingredients (scalable, or for one person's servings), steps, and nutrition per
 * serving (or per person's portion) computed from the ingredients.
 */
export function RecipeDetail({
  recipe,
  foods,
  onClose,
  onEdit,
  onCopy,
  onDelete,
  forPerson,
  headingLevel = 2,
  units = 'metric',
}: RecipeDetailProps) {
  const id = useId()
  const [servings, setServings] = useState(String(recipe.servings))
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [recipe.id])
  const parsed = parseDecimal(servings)
  const wanted = parsed.ok ? parsed.value : Number.NaN
  const valid = forPerson !== undefined || (Number.isInteger(wanted) && wanted >= 1 && wanted <= 20)
  const shown = forPerson
    ? {
        servings: forPerson.servings,
        ingredients: scaledIngredients(recipe, forPerson.servings),
      }
    : valid
      ? scaleRecipe(recipe, wanted)
      : recipe
  const { perServing, diet } = summarizeRecipe(recipe, foods)
  const portion = forPerson
    ? addNutrition(ZERO_NUTRITION, perServing, forPerson.servings)
    : perServing
  const Heading = `h${headingLevel}` as const
  return (
    <section className="food-detail" aria-labelledby={`${id}-title`}>
      <div className="food-detail-head">
        <Heading id={`${id}-title`} ref={heading} tabIndex={-1}>
          {recipe.name}
        </Heading>
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
      {forPerson ? (
        <p className="recipe-for-person">
          <strong>
            For {forPerson.name}: {plural(forPerson.servings)}
          </strong>{' '}
          (the recipe makes {plural(recipe.servings)}).
        </p>
      ) : null}
      <table className="data-table">
        <caption>
          {forPerson
            ? `${forPerson.name}'s portion (computed from the ingredients)`
            : 'Per serving (computed from the ingredients)'}
        </caption>
        <tbody>
          <tr>
            <th scope="row">Energy</th>
            <td>{Math.round(portion.energyKcal)} kcal</td>
          </tr>
          <tr>
            <th scope="row">Protein</th>
            <td>{portion.proteinG.toFixed(1)} g</td>
          </tr>
          <tr>
            <th scope="row">B12, from animal foods</th>
            <td>{formatUg(portion.b12FoodUg)}</td>
          </tr>
          <tr>
            <th scope="row">B12, fortified or supplement</th>
            <td>{formatUg(portion.b12CrystallineUg)}</td>
          </tr>
        </tbody>
      </table>
      {forPerson ? null : (
        <div className="form-field">
          <label htmlFor={`${id}-scale`}>Make this many servings</label>
          <input
            id={`${id}-scale`}
            className="input-short"
            inputMode="numeric"
            value={servings}
            onChange={(e) => setServings(e.target.value)}
            aria-invalid={valid ? undefined : true}
            aria-describedby={valid ? undefined : `${id}-scale-error`}
          />
          {valid ? null : (
            <p className="field-error" id={`${id}-scale-error`}>
              Servings must be a whole number between 1 and 20.
            </p>
          )}
        </div>
      )}
      <table className="data-table">
        <caption>
          {forPerson
            ? `Ingredients for ${forPerson.name}: ${plural(forPerson.servings)}`
            : `Ingredients for ${plural(shown.servings)}`}
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
                {ingredientAmountText(
                  ingredient.grams,
                  amountUnitOf(foods.get(ingredient.foodId)),
                  units,
                )}
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
        {recipe.source === 'user' && onEdit ? (
          <button type="button" className="button" onClick={onEdit}>
            Edit this recipe
          </button>
        ) : null}
        {onCopy ? (
          <button type="button" className="button button-secondary" onClick={onCopy}>
            Make a copy to change
          </button>
        ) : null}
        {onDelete ? (
          <button type="button" className="button button-danger" onClick={onDelete}>
            Delete this recipe
          </button>
        ) : null}
      </div>
    </section>
  )
}
