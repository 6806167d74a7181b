import { useState, type FormEvent } from 'react'
import { AISLES, foodId as toFoodId, type Aisle } from '../../../core/foods/types'
import type { PantryItem, ShoppingLine, UnitSystem } from '../../../core/shopping'
import { aisleLabel, AMOUNT_UNITS, parseAmount, type AmountUnit } from './shopping-view'

export interface LineOptionsProps {
  line: ShoppingLine & { foodId: string }
  units: UnitSystem
  onPantry: (item: PantryItem) => void
  onMoveAisle: (aisle: Aisle) => void
}

/** "More" for a food's line: how much the household has of it, and which aisle it is in. */
export function LineOptions({ line, units, onPantry, onMoveAisle }: LineOptionsProps) {
  const supplement = line.kind === 'supplement'
  const unitChoices = supplement
    ? [
        {
          value: 'items' as const,
          label: line.shop?.supplement?.unit ? `${line.shop.supplement.unit}s` : 'units',
        },
      ]
    : AMOUNT_UNITS[units]
  const [amount, setAmount] = useState('')
  const [unit, setUnit] = useState<AmountUnit>(
    supplement ? 'items' : (AMOUNT_UNITS[units][1]?.value ?? 'g'),
  )
  const [aisle, setAisle] = useState<Aisle>(line.aisle)
  const [error, setError] = useState<string | null>(null)
  const [open, setOpen] = useState(false)
  const base = `opt-${line.key}`
  const errorId = `${base}-error`

  const saveAmount = (event: FormEvent): void => {
    event.preventDefault()
    const quantity = parseAmount(amount, unit)
    if (quantity === undefined || quantity === 'invalid') {
      setError('Enter the amount you have as a number greater than 0, for example 500.')
      return
    }
    setError(null)
    setAmount('')
    onPantry({ foodId: toFoodId(line.foodId), kind: 'on_hand', quantity })
  }

  return (
    <div className={open ? 'shop-line-options is-open' : 'shop-line-options'}>
      <button
        type="button"
        className="link-button shop-more"
        aria-expanded={open}
        aria-controls={`${base}-panel`}
        aria-label={`More for ${line.name}`}
        onClick={() => setOpen(!open)}
      >
        More
      </button>
      <div id={`${base}-panel`} hidden={!open}>
        {line.usdaName !== undefined ? (
          <p className="shop-usda-name">USDA name: {line.usdaName}</p>
        ) : null}
        <form className="shop-inline-form" onSubmit={saveAmount} noValidate>
          <div className="form-field">
            <label htmlFor={`${base}-amount`}>Amount you have</label>
            {error ? (
              <p className="field-error" id={errorId}>
                {error}
              </p>
            ) : null}
            <input
              id={`${base}-amount`}
              className="input-short"
              inputMode="decimal"
              value={amount}
              onChange={(event) => setAmount(event.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
            />
          </div>
          <div className="form-field">
            <label htmlFor={`${base}-unit`}>Unit</label>
            <select
              id={`${base}-unit`}
              value={unit}
              onChange={(event) => setUnit(event.target.value as AmountUnit)}
            >
              {unitChoices.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </select>
          </div>
          <button
            type="submit"
            className="button button-secondary button-small"
            aria-label={`Save amount of ${line.name}`}
          >
            Save amount
          </button>
        </form>
        <form
          className="shop-inline-form"
          onSubmit={(event) => {
            event.preventDefault()
            if (aisle !== line.aisle) onMoveAisle(aisle)
          }}
        >
          <div className="form-field">
            <label htmlFor={`${base}-aisle`}>Aisle</label>
            <select
              id={`${base}-aisle`}
              value={aisle}
              onChange={(event) => setAisle(event.target.value as Aisle)}
            >
              {AISLES.map((a) => (
                <option key={a} value={a}>
                  {aisleLabel(a)}
                </option>
              ))}
            </select>
          </div>
          <button
            type="submit"
            className="button button-secondary button-small"
            aria-label={`Move ${line.name} to this aisle`}
          >
            Move
          </button>
        </form>
      </div>
    </div>
  )
}
