/** Calendar weeks, Monday to Sunday, as YYYY-MM-DD strings: now in core/dates, re-exported for older callers. */
export { addDays, mondayOf, weekOf } from '../dates'
