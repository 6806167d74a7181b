import { useId, useState } from 'react'
import { slotLabel } from '../../../core/profiles/person'
import { MEAL_SLOTS, type MealSlot, type PlanEntry } from '../../../core/planning/types'
import { dayTitle } from './week-text'

export interface MoveChoice {
  date: string
  slot: MealSlot
  profileId: string
  copy: boolean
}

export interface MoveFormProps {
  entry: PlanEntry
  name: string
  dates: string[]
  people: { id: string; name: string }[]
  onDone: (choice: MoveChoice | null) => void
}

/** Move or copy an entry to another day, meal (or person) with the keyboard: the same as drag and drop. */
export function MoveForm({ entry, name, dates, people, onDone }: MoveFormProps) {
  const id = useId()
  const [date, setDate] = useState(entry.date)
  const [slot, setSlot] = useState<MealSlot>(entry.slot)
  const [profileId, setProfileId] = useState<string>(entry.profileId)
  return (
    <fieldset className="move-form" onKeyDown={(event) => event.key === 'Escape' && onDone(null)}>
      <legend>Move or copy {name}</legend>
      <div className="field-row">
        <div className="form-field">
          <label htmlFor={`${id}-day`}>Day</label>
          <select
            id={`${id}-day`}
            value={date}
            onChange={(event) => setDate(event.target.value)}
            autoFocus
          >
            {dates.map((d) => (
              <option key={d} value={d}>
                {dayTitle(d)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-slot`}>Meal</label>
          <select
            id={`${id}-slot`}
            value={slot}
            onChange={(event) => setSlot(event.target.value as MealSlot)}
          >
            {MEAL_SLOTS.map((s) => (
              <option key={s} value={s}>
                {slotLabel(s)}
              </option>
            ))}
          </select>
        </div>
        {people.length > 1 ? (
          <div className="form-field">
            <label htmlFor={`${id}-person`}>For</label>
            <select
              id={`${id}-person`}
              value={profileId}
              onChange={(event) => setProfileId(event.target.value)}
            >
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button"
          onClick={() => onDone({ date, slot, profileId, copy: false })}
        >
          Move here
        </button>
        <button
          type="button"
          className="button"
          onClick={() => onDone({ date, slot, profileId, copy: true })}
        >
          Copy here
        </button>
        <button type="button" className="button button-secondary" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </fieldset>
  )
}
