import type { UnitSystem } from '../../../core/shopping'
import type { Person } from '../../../core/profiles/person'
import { WeekNavigator } from '../../components/WeekNavigator'
import { WEEK_CHOICES, type WeekCount } from './shopping-view'

export interface ListChoicesProps {
  people: readonly Person[]
  /** People left out of the list (everyone else is in). */
  excluded: ReadonlySet<string>
  weeks: WeekCount
  units: UnitSystem
  monday: string
  thisMonday: string
  onWeek: (monday: string) => void
  onWeeks: (weeks: WeekCount) => void
  onPerson: (id: string, included: boolean) => void
  onUnits: (units: UnitSystem) => void
}

/** Which weeks, which people and which units the list is for. */
export function ListChoices({
  people,
  excluded,
  weeks,
  units,
  monday,
  thisMonday,
  onWeek,
  onWeeks,
  onPerson,
  onUnits,
}: ListChoicesProps) {
  return (
    <div className="shop-choices no-print">
      <div className="shop-choice-row">
        <WeekNavigator monday={monday} thisMonday={thisMonday} onChange={onWeek} />
        <div className="form-field">
          <label htmlFor="shop-weeks">How long to shop for</label>
          <select
            id="shop-weeks"
            value={weeks}
            onChange={(event) => onWeeks(Number(event.target.value) as WeekCount)}
          >
            {WEEK_CHOICES.map((n) => (
              <option key={n} value={n}>
                {n === 1 ? '1 week' : `${n} weeks`}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="shop-choice-row">
        {people.length > 1 ? (
          <fieldset className="shop-fieldset">
            <legend>Shopping for</legend>
            <div className="choice-row">
              {people.map((person) => (
                <label key={person.id} className="choice">
                  <input
                    type="checkbox"
                    checked={!excluded.has(person.id)}
                    onChange={(event) => onPerson(person.id, event.target.checked)}
                  />
                  {person.name}
                </label>
              ))}
            </div>
          </fieldset>
        ) : null}
        <fieldset className="shop-fieldset">
          <legend>Units</legend>
          <div className="choice-row">
            <label className="choice">
              <input
                type="radio"
                name="shop-units"
                value="metric"
                checked={units === 'metric'}
                onChange={() => onUnits('metric')}
              />
              Metric (g, kg, ml, L)
            </label>
            <label className="choice">
              <input
                type="radio"
                name="shop-units"
                value="us"
                checked={units === 'us'}
                onChange={() => onUnits('us')}
              />
              US (oz, lb, fl oz, qt)
            </label>
          </div>
          <p className="hint">The same setting as on the Settings page.</p>
        </fieldset>
      </div>
    </div>
  )
}
