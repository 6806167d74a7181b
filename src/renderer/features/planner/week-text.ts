/** The planner's day and week titles ("Monday 23 November", "Week of Monday 23 November 2026"): the words live in core/dates. */
export { dayTitle, weekdayName as dayLabel, weekTitle } from '../../../core/dates'
