import { useRef, useState, type FormEvent } from 'react'
import { AISLES, type Aisle } from '../../../core/foods/types'
import type { ManualItem, UnitSystem } from '../../../core/shopping'
import { FormField } from '../../components/FormField'
import { aisleLabel, AMOUNT_UNITS, parseAmount, type AmountUnit } from './shopping-view'

export interface ManualItemFormProps {
  units: UnitSystem
  newId: () => string
  /** Resolves true when the item was saved (then the form clears). */
  onAdd: (item: ManualItem) => Promise<boolean>
}

/** Add anything else to the list: a food not in the plan, or a non-food such as washing-up liquid. */
export function ManualItemForm({ units, newId, onAdd }: ManualItemFormProps) {
  const [text, setText] = useState('')
  const [amount, setAmount] = useState('')
  const [unit, setUnit] = useState<AmountUnit>('items')
  const [aisle, setAisle] = useState<Aisle>('other')
  const [errors, setErrors] = useState<{ text?: string; amount?: string }>({})
  const textRef = useRef<HTMLInputElement>(null)

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    const quantity = parseAmount(amount, unit)
    const next = {
      text:
        text.trim() === ''
          ? 'Enter what you want to buy, for example washing-up liquid.'
          : undefined,
      amount:
        quantity === 'invalid'
          ? 'Enter the amount as a number greater than 0, or leave it empty.'
          : undefined,
    }
    setErrors(next)
    if (next.text || next.amount || quantity === 'invalid') {
      document.getElementById(next.text ? 'shop-manual-text' : 'shop-manual-amount')?.focus()
      return
    }
    const item: ManualItem = { id: newId(), text: text.trim().slice(0, 200), aisle }
    if (quantity) item.quantity = quantity
    if (await onAdd(item)) {
      setText('')
      setAmount('')
      textRef.current?.focus()
    }
  }

  return (
    <section className="shop-manual no-print" aria-labelledby="shop-manual-title">
      <h2 id="shop-manual-title">Add something else</h2>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <FormField
          id="shop-manual-text"
          label="Item"
          hint="Anything: a food that is not in the plan, or washing-up liquid."
          error={errors.text}
        >
          {(ids) => (
            <input
              {...ids}
              ref={textRef}
              value={text}
              maxLength={200}
              onChange={(event) => setText(event.target.value)}
            />
          )}
        </FormField>
        <div className="field-row">
          <FormField id="shop-manual-amount" label="Amount (optional)" error={errors.amount}>
            {(ids) => (
              <input
                {...ids}
                className="input-short"
                inputMode="decimal"
                value={amount}
                onChange={(event) => setAmount(event.target.value)}
              />
            )}
          </FormField>
          <FormField id="shop-manual-unit" label="Unit">
            {(ids) => (
              <select
                {...ids}
                value={unit}
                onChange={(event) => setUnit(event.target.value as AmountUnit)}
              >
                {AMOUNT_UNITS[units].map((choice) => (
                  <option key={choice.value} value={choice.value}>
                    {choice.label}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField id="shop-manual-aisle" label="Aisle">
            {(ids) => (
              <select
                {...ids}
                value={aisle}
                onChange={(event) => setAisle(event.target.value as Aisle)}
              >
                {AISLES.map((a) => (
                  <option key={a} value={a}>
                    {aisleLabel(a)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </div>
        <button type="submit" className="button">
          Add to the list
        </button>
      </form>
    </section>
  )
}
