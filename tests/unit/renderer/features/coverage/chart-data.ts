import { dailyCoverage, mealCoverage, type DayMeals, type WeekCoverage } from '../../../../../src/core/coverage'
import { assessWeek, DATES, food, shortTuesdayAndSaturday, tablet } from '../../../core/coverage/week-fixture'

/** Rosa's week: soy milk twice a day, only at dinner on Tuesday and Saturday, a 25 µg tablet on Wednesday. */
export function rosaWeek(): { week: WeekCoverage; tuesday: DayMeals; wednesday: DayMeals } {
  const { week, assessment } = assessWeek([...shortTuesdayAndSaturday(), tablet(2, 'breakfast'), food(2, 'snack', 'sr28:13325', 2)])
  return {
    week: dailyCoverage(week.events, DATES, assessment),
    tuesday: mealCoverage(week.events, 1),
    wednesday: mealCoverage(week.events, 2),
  }
}
