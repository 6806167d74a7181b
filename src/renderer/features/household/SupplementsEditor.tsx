import type { FoodRecord } from '../../../core/foods/types'
import { WEEKDAY_NAMES } from '../../../core/dates'
import { slotLabel, WEEKDAYS, type Weekday } from '../../../core/profiles/person'
import { MEAL_SLOTS, type MealSlot } from '../../../core/planning/types'
import { FormField } from '../../components/FormField'
import type { SupplementDraft } from './person-draft'

export interface SupplementsEditorProps {
  supplements: SupplementDraft[]
  onChange: (supplements: SupplementDraft[]) => void
  /** Supplements from the catalogue (and the person's own), to choose from. */
  choices: readonly FoodRecord[]
  newId: () => string
  idFor: (field: string) => string
  errorFor: (field: string) => string | undefined
}

/** Regular B12 supplements: which product, how many, with which meal, on which days. */
export function SupplementsEditor({
  supplements,
  onChange,
  choices,
  newId,
  idFor,
  errorFor,
}: SupplementsEditorProps) {
  const update = (index: number, patch: Partial<SupplementDraft>): void =>
    onChange(supplements.map((s, i) => (i === index ? { ...s, ...patch } : s)))
  const first = choices[0]
  return (
    <fieldset id={idFor('supplements')}>
      <legend>B12 supplements taken regularly</legend>
      <p className="hint">
        They count towards this person&apos;s B12 on the days and at the meal you choose.
      </p>
      {supplements.length === 0 ? <p>None.</p> : null}
      <ul className="plain-list editor-list">
        {supplements.map((supplement, index) => {
          const name =
            choices.find((choice) => choice.id === supplement.foodId)?.name ?? 'Supplement'
          const field = (key: string): string => `supplements.${index}.${key}`
          return (
            <li key={supplement.id} className="editor-row">
              <FormField id={idFor(field('foodId'))} label={`Supplement ${index + 1}`}>
                {(ids) => (
                  <select
                    {...ids}
                    value={supplement.foodId}
                    onChange={(e) => update(index, { foodId: e.target.value })}
                  >
                    {choices.map((choice) => (
                      <option key={choice.id} value={choice.id}>
                        {choice.name}
                      </option>
                    ))}
                  </select>
                )}
              </FormField>
              <div className="field-row">
                <FormField
                  id={idFor(field('units'))}
                  label="How many each time"
                  error={errorFor(field('units'))}
                >
                  {(ids) => (
                    <input
                      {...ids}
                      inputMode="decimal"
                      className="input-short"
                      value={supplement.units}
                      onChange={(e) => update(index, { units: e.target.value })}
                    />
                  )}
                </FormField>
                <FormField id={idFor(field('slot'))} label="Taken with">
                  {(ids) => (
                    <select
                      {...ids}
                      value={supplement.slot}
                      onChange={(e) => update(index, { slot: e.target.value as MealSlot })}
                    >
                      {MEAL_SLOTS.map((slot) => (
                        <option key={slot} value={slot}>
                          {slotLabel(slot)}
                        </option>
                      ))}
                    </select>
                  )}
                </FormField>
              </div>
              <fieldset id={idFor(field('days'))} className="days">
                <legend>Days taken: {name}</legend>
                {errorFor(field('days')) ? (
                  <p className="field-error">{errorFor(field('days'))}</p>
                ) : null}
                {WEEKDAYS.map((day: Weekday) => (
                  <label key={day} className="choice">
                    <input
                      type="checkbox"
                      checked={supplement.days.includes(day)}
                      onChange={(e) =>
                        update(index, {
                          days: e.target.checked
                            ? [...supplement.days, day].sort()
                            : supplement.days.filter((d) => d !== day),
                        })
                      }
                    />
                    {WEEKDAY_NAMES[day]}
                  </label>
                ))}
              </fieldset>
              <button
                type="button"
                className="button button-secondary"
                onClick={() => onChange(supplements.filter((_, i) => i !== index))}
              >
                Remove this supplement
              </button>
            </li>
          )
        })}
      </ul>
      {first ? (
        <button
          type="button"
          className="button"
          onClick={() =>
            onChange([
              ...supplements,
              { id: newId(), foodId: first.id, units: '1', slot: 'breakfast', days: [...WEEKDAYS] },
            ])
          }
        >
          Add a supplement
        </button>
      ) : (
        <p>The food catalogue is still loading; supplements can be added in a moment.</p>
      )}
    </fieldset>
  )
}
