import { useRef, useState, type DragEvent } from 'react'
import { slotLabel } from '../../../core/profiles/person'
import type { PlanEntry } from '../../../core/planning/types'
import type { UnitSystem } from '../../../core/shopping'
import { formatUg } from '../foods'
import { RecipeDetail } from '../recipes'
import {
  amountLimits,
  currentAmount,
  entryView,
  parseAmount,
  withAmount,
  type PlanLibrary,
} from './entry-text'
import { mealAmountsView } from './meal-view'
import { MoveForm, type MoveChoice } from './MoveForm'
import { dayLabel } from './week-text'

export interface EntryItemProps {
  entry: PlanEntry
  library: PlanLibrary
  dates: string[]
  people: { id: string; name: string }[]
  onReplace: (label: string, before: PlanEntry[], after: PlanEntry[]) => void
  onMove: (entry: PlanEntry, choice: MoveChoice) => void
  /** Who eats this meal: the recipe opens scaled to them ("for Ana: 1.5 servings"). */
  personName: string
  /** The app's units setting, for the grams of a meal. */
  units: UnitSystem
  /** Heading level of the opened recipe's name (one below the meal's heading). */
  recipeHeadingLevel?: 4 | 5
}

type Mode = 'view' | 'amount' | 'move'

/**
 * One planned item: what, how much (servings, grams, kcal, protein, B12), the main ingredients
 * behind a disclosure; open the recipe scaled to the person, lock, change amount, move or copy,
 * remove.
 */
export function EntryItem({
  entry,
  library,
  dates,
  people,
  onReplace,
  onMove,
  personName,
  units,
  recipeHeadingLevel = 4,
}: EntryItemProps) {
  const view = entryView(entry, library)
  const amounts = mealAmountsView(entry, library, units)
  const recipe = entry.item.kind === 'recipe' ? library.recipes.get(entry.item.recipeId) : undefined
  const [recipeOpen, setRecipeOpen] = useState(false)
  const opener = useRef<HTMLButtonElement>(null)
  const closeRecipe = (): void => {
    setRecipeOpen(false)
    opener.current?.focus()
  }
  const [mode, setMode] = useState<Mode>('view')
  const [amount, setAmount] = useState(String(currentAmount(entry.item)))
  const [error, setError] = useState<string | null>(null)
  const where = `${dayLabel(entry.date)} ${slotLabel(entry.slot).toLowerCase()}`
  const entryFood = entry.item.kind === 'recipe' ? undefined : library.foods.get(entry.item.foodId)
  const limits = amountLimits(entry.item.kind, entryFood)

  const saveAmount = (): void => {
    const parsed = parseAmount(entry.item.kind, amount, entryFood)
    if (!parsed.ok) return setError(parsed.message)
    onReplace(
      `Changed ${view.name} on ${where}`,
      [entry],
      [{ ...entry, item: withAmount(entry.item, parsed.value) }],
    )
    setMode('view')
    setError(null)
  }
  const onDragStart = (event: DragEvent): void => {
    event.dataTransfer.setData('application/x-b12-entry', entry.id)
    event.dataTransfer.effectAllowed = 'copyMove'
  }

  return (
    <li
      className={entry.locked ? 'entry entry-locked' : 'entry'}
      draggable={mode === 'view' && !recipeOpen}
      onDragStart={onDragStart}
    >
      <p className="entry-main">
        {recipe && entry.item.kind === 'recipe' ? (
          <button
            type="button"
            ref={opener}
            className="link-button entry-open"
            aria-expanded={recipeOpen}
            aria-label={`${view.name}, recipe for ${personName}, ${where}`}
            onClick={() => (recipeOpen ? closeRecipe() : setRecipeOpen(true))}
          >
            <span className="entry-name">{view.name}</span>
          </button>
        ) : (
          <span className="entry-name">{view.name}</span>
        )}
        {entry.locked ? <span className="badge">Locked</span> : null}
      </p>
      <p className="entry-facts">
        <span className="entry-amount">{view.amount}</span>
        {amounts.weight ? (
          <>
            {' '}
            <span className="entry-weight">({amounts.weight})</span>
          </>
        ) : null}
        {amounts.energy ? (
          <>
            , <span className="entry-energy">{amounts.energy}</span>
          </>
        ) : null}
        {amounts.protein ? (
          <>
            , <span className="entry-protein">{amounts.protein}</span>
          </>
        ) : null}
        ,{' '}
        <span className="entry-b12">
          {view.b12Ug === null ? 'B12 unknown' : `B12 ${formatUg(view.b12Ug)}`}
        </span>
      </p>
      {amounts.main.length > 0 ? (
        <details className="entry-more">
          <summary>
            Main ingredients
            <span className="visually-hidden">
              {' '}
              of {view.name}, {where}
            </span>
          </summary>
          <ul className="plain-list entry-ingredients">
            {amounts.main.map((ingredient, i) => (
              <li key={`${i}-${ingredient.name}`}>
                {ingredient.name}: {ingredient.amount}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {recipeOpen && recipe && entry.item.kind === 'recipe' ? (
        <div
          className="entry-recipe"
          onKeyDown={(event) => {
            if (event.key === 'Escape') closeRecipe()
          }}
        >
          <RecipeDetail
            recipe={recipe}
            foods={library.foods}
            forPerson={{ name: personName, servings: entry.item.servings }}
            headingLevel={recipeHeadingLevel}
            units={units}
            onClose={closeRecipe}
          />
        </div>
      ) : null}
      {mode === 'view' ? (
        <div className="entry-actions">
          <button
            type="button"
            className="button button-small button-secondary"
            aria-pressed={entry.locked}
            onClick={() =>
              onReplace(
                `${entry.locked ? 'Unlocked' : 'Locked'} ${view.name} on ${where}`,
                [entry],
                [{ ...entry, locked: !entry.locked }],
              )
            }
          >
            {entry.locked ? 'Unlock' : 'Lock'}
            <span className="visually-hidden">
              {' '}
              {view.name}, {where}
            </span>
          </button>
          <button
            type="button"
            className="button button-small button-secondary"
            onClick={() => setMode('amount')}
          >
            Change amount
            <span className="visually-hidden">
              {' '}
              of {view.name}, {where}
            </span>
          </button>
          <button
            type="button"
            className="button button-small button-secondary"
            onClick={() => setMode('move')}
          >
            Move or copy
            <span className="visually-hidden">
              {' '}
              {view.name}, {where}
            </span>
          </button>
          <button
            type="button"
            className="button button-small button-secondary"
            onClick={() => onReplace(`Removed ${view.name} from ${where}`, [entry], [])}
          >
            Remove
            <span className="visually-hidden">
              {' '}
              {view.name}, {where}
            </span>
          </button>
        </div>
      ) : null}
      {mode === 'amount' ? (
        <div
          className="entry-edit"
          onKeyDown={(event) => event.key === 'Escape' && setMode('view')}
        >
          <label htmlFor={`amount-${entry.id}`}>
            {limits.label} of {view.name} ({limits.min} to {limits.max}
            {limits.unit})
          </label>
          {error ? (
            <p className="field-error" id={`amount-error-${entry.id}`}>
              {error}
            </p>
          ) : null}
          <div className="inline-add">
            <input
              id={`amount-${entry.id}`}
              className="input-short"
              inputMode="decimal"
              value={amount}
              autoFocus
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `amount-error-${entry.id}` : undefined}
              onChange={(event) => setAmount(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault()
                  saveAmount()
                }
              }}
            />
            <button type="button" className="button" onClick={saveAmount}>
              Save amount
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setMode('view')}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      {mode === 'move' ? (
        <MoveForm
          entry={entry}
          name={view.name}
          dates={dates}
          people={people}
          onDone={(choice) => {
            if (choice) onMove(entry, choice)
            setMode('view')
          }}
        />
      ) : null}
    </li>
  )
}
