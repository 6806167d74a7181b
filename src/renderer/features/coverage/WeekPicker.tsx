import { formatWeekRange } from '../../../core/coverage'
import { addDays } from '../../../core/profiles/week'

export interface WeekPickerProps {
  monday: string
  thisMonday: string
  onChange: (monday: string) => void
}

/** Previous / this / next week, with the week shown in words (announced when it changes). */
export function WeekPicker({ monday, thisMonday, onChange }: WeekPickerProps) {
  const label = formatWeekRange(monday, addDays(monday, 6))
  const relation = monday === thisMonday ? ' (this week)' : monday === addDays(thisMonday, 7) ? ' (next week)' : ''
  return (
    <div className="week-picker" role="group" aria-label="Week">
      <button type="button" className="button-secondary no-print" onClick={() => onChange(addDays(monday, -7))}>
        <span aria-hidden="true">←</span> Previous week
      </button>
      <p className="week-label" aria-live="polite">
        Week of {label}
        {relation}
      </p>
      <button type="button" className="button-secondary no-print" onClick={() => onChange(addDays(monday, 7))}>
        Next week <span aria-hidden="true">→</span>
      </button>
      {monday !== thisMonday ? (
        <button type="button" className="link-button no-print" onClick={() => onChange(thisMonday)}>
          Back to this week
        </button>
      ) : null}
    </div>
  )
}
