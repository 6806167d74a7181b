import { addDays, weekTitle } from '../../core/dates'

export interface WeekNavigatorProps {
  /** The Monday of the week shown (YYYY-MM-DD). */
  monday: string
  /** The Monday of today's week, from the clock the page was given. */
  thisMonday: string
  onChange: (monday: string) => void
  /**
   * Shows the week in words ("Week of Monday 16 November 2026 (this week)"), announced when it
   * changes. Pages that title the week themselves (the plan's heading) leave it out.
   */
  showLabel?: boolean
}

/**
 * The one week navigator of the app (plan, coverage, shopping): the same three buttons in the
 * same place, and one date format. The buttons stay where they are, so focus stays on the one
 * just pressed.
 */
export function WeekNavigator({
  monday,
  thisMonday,
  onChange,
  showLabel = false,
}: WeekNavigatorProps) {
  const relation =
    monday === thisMonday ? ' (this week)' : monday === addDays(thisMonday, 7) ? ' (next week)' : ''
  return (
    <div className="week-navigator">
      <nav aria-label="Weeks" className="button-row no-print">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => onChange(addDays(monday, -7))}
        >
          Previous week
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => onChange(thisMonday)}
        >
          This week
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => onChange(addDays(monday, 7))}
        >
          Next week
        </button>
      </nav>
      {showLabel ? (
        <p className="week-label" aria-live="polite">
          {weekTitle(monday)}
          {relation}
        </p>
      ) : null}
    </div>
  )
}
