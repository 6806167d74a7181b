/**
 * Calendar days (YYYY-MM-DD, no time, no time zone, no clock: "today" is always a parameter),
 * Monday-first weeks, and the English words the pages show for them. The one place in the app
 * that does date arithmetic.
 */
export {
  dayNumberOf,
  daysInMonth,
  formatIsoDate,
  fromDayNumber,
  isIsoDate,
  parseIsoDate,
  toDayNumber,
  type Ymd,
} from './calendar-day'
export {
  addDays,
  daysBetween,
  daysInRange,
  mondayOf,
  weekdayIndex,
  weekOf,
  weekRange,
  weeksRange,
  type DayRange,
  type WeekdayIndex,
} from './arithmetic'
export { MONTH_NAMES, monthName, WEEKDAY_NAMES, weekdayName, type WeekdayName } from './names'
export {
  dayTitle,
  formatDay,
  formatShortDay,
  formatWeekRange,
  rangeTitle,
  weekTitle,
} from './labels'
