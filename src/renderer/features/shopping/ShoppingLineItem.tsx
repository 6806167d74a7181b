import type { Aisle } from '../../../core/foods/types'
import { foodId as toFoodId } from '../../../core/foods/types'
import {
  formatLineBuy,
  formatLineQuantity,
  lineNoteTexts,
  type PantryItem,
  type ShoppingLine,
  type UnitSystem,
} from '../../../core/shopping'
import { LineOptions } from './LineOptions'

export interface ShoppingLineItemProps {
  line: ShoppingLine
  units: UnitSystem
  /** Names of the people on the list by id, to say who an item is for (when more than one). */
  names: ReadonlyMap<string, string>
  onToggle: (key: string, checked: boolean) => void
  onPantry: (item: PantryItem, name: string) => void
  onRemovePantry: (foodId: string, name: string) => void
  onMoveAisle: (foodId: string, name: string, aisle: Aisle) => void
  onRemoveManual: (id: string) => void
  /** Under "Already at home": nothing to buy, so no box to tick. */
  atHome?: boolean
}

/** The id of a line's checkbox, so focus can follow a line to another aisle. */
export const checkboxId = (key: string): string => `shop-check-${key}`

/** The id of a line's pantry button, so focus can follow a line to "Already at home" and back. */
export const pantryButtonId = (key: string): string => `shop-pantry-${key}`

function details(
  line: ShoppingLine,
  units: UnitSystem,
  names: ReadonlyMap<string, string>,
): string[] {
  const out: string[] = []
  const quantity = formatLineQuantity(line, units)
  if (quantity !== '' && quantity !== formatLineBuy(line, units)) out.push(`Needed: ${quantity}`)
  if (line.recipes.length > 0) out.push(`In ${line.recipes.join(', ')}`)
  if (line.direct) out.push(line.kind === 'supplement' ? 'Taken as planned' : 'Eaten as is')
  if (names.size > 1 && line.profiles.length > 0)
    out.push(
      `For ${line.profiles.map((id) => names.get(id) ?? 'someone no longer in the household').join(', ')}`,
    )
  return out
}

/** One item: a checkbox to tick it off, what to buy, where it comes from, and its options. */
export function ShoppingLineItem({
  line,
  units,
  names,
  onToggle,
  onPantry,
  onRemovePantry,
  onMoveAisle,
  onRemoveManual,
  atHome = false,
}: ShoppingLineItemProps) {
  const buy = formatLineBuy(line, units)
  const notes = lineNoteTexts(line, units)
  const facts = details(line, units, names)
  const inPantry = line.pantry !== 'none'
  const id = checkboxId(line.key)
  const foodId = line.foodId
  return (
    <li className={line.checked ? 'shop-line is-checked' : 'shop-line'}>
      <div className="shop-line-main">
        {atHome ? (
          <span className="shop-line-name">{line.name}</span>
        ) : (
          <>
            <input
              id={id}
              type="checkbox"
              checked={line.checked}
              onChange={(event) => onToggle(line.key, event.target.checked)}
            />
            <label htmlFor={id}>
              {buy !== '' ? <span className="shop-line-buy">{buy}</span> : null}{' '}
              <span className="shop-line-name">{line.name}</span>
            </label>
          </>
        )}
      </div>
      {facts.length > 0 ? <p className="shop-line-facts">{facts.join(' · ')}</p> : null}
      {notes.length > 0 ? (
        <ul className="shop-line-notes">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      <div className="shop-line-actions no-print">
        {foodId !== null ? (
          <>
            <button
              id={pantryButtonId(line.key)}
              type="button"
              className="button button-secondary button-small"
              onClick={() =>
                inPantry
                  ? onRemovePantry(foodId, line.name)
                  : onPantry({ foodId: toFoodId(foodId), kind: 'staple' }, line.name)
              }
              aria-label={`${inPantry ? 'Remove from pantry' : 'I have it'}: ${line.name}`}
            >
              {inPantry ? 'Remove from pantry' : 'I have it'}
            </button>
            <LineOptions
              line={{ ...line, foodId }}
              units={units}
              onPantry={(item) => onPantry(item, line.name)}
              onMoveAisle={(aisle) => onMoveAisle(foodId, line.name, aisle)}
            />
          </>
        ) : (
          <button
            type="button"
            className="button button-secondary button-small"
            aria-label={`Remove: ${line.name}`}
            onClick={() => onRemoveManual(line.key.replace(/^manual:/, ''))}
          >
            Remove
          </button>
        )}
      </div>
    </li>
  )
}
