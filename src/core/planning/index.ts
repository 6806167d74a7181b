/**
 * Planning core: the plan model, the recipe library, nutrition from ingredients, the week
 * generator (mixed-integer optimiser behind a solver adapter, greedy fallback) and the
 * independent constraint checker.
 */
export * from './types'
export {
  recipeNutrition,
  recipeDiet,
  recipeDietAnswers,
  itemNutrition,
  foodNutrition,
  addNutrition,
  ZERO_NUTRITION,
  UnknownFoodError,
  type Nutrition,
  type FoodLookup,
} from './recipe-nutrition'
export {
  decodeRecipes,
  RecipeFormatError,
  RECIPES_FORMAT,
  type LibraryRecipe,
} from './recipe-library'
export {
  recipeFacts,
  estimateCostPerServing,
  costLevel,
  pricePer100g,
  type RecipeFacts,
} from './recipe-facts'
export {
  dailyTargets,
  needsCrystalline,
  plansMealsFor,
  MIN_PLANNED_AGE_YEARS,
  proteinGPerKg,
  supplementUg,
  ENERGY_BAND,
  type PlannerPerson,
  type FixedSupplement,
  type DailyTargets,
} from './person'
export { checkerAllergenGroups, checkerAllergyHit } from './check-allergens'
export { mulberry32, hashSeed, type Random } from './prng'
export {
  ABSORPTION_BREAKPOINTS,
  ABSORPTION_SECANTS,
  ABSORPTION_CAP,
  absorptionLowerBound,
  secantsUpTo,
  type Secant,
} from './absorption-bound'
export {
  ModelBuilder,
  evaluateTerms,
  type LinearModel,
  type LinearVar,
  type LinearTerm,
  type LinearConstraint,
  type MipSolver,
  type MipSolution,
  type MipStatus,
} from './linear-model'
export { toCplexLp, formatLpNumber, lpVarName } from './lp-format'
export {
  DEFAULT_WEIGHTS,
  SERVING_LEVELS,
  candidatePool,
  mealScore,
  personRules,
  type PlannerWeights,
  type Candidate,
  type PersonRules,
} from './scoring'
export {
  buildDayModel,
  readDayChoices,
  type DayModel,
  type DayChoice,
  type DayModelInput,
  type FreeSlot,
  type FixedIntake,
} from './day-model'
export { dayIntake, absorbedPerDay, type DayIntake } from './day-intake'
export { reviewDay, weekdayName, type Infeasibility, type InfeasibilityCode } from './infeasibility'
export { groupShortfalls, type Shortfall } from './shortfalls'
export { shortfallText, daysPhrase, formatWhole } from './shortfall-text'
export {
  weekDates,
  MAX_RECIPE_USES_PER_WEEK,
  type GenerateWeekInput,
  type RegenerateScope,
} from './week-context'
export { type GenerateWeekResult, type GenerateStats } from './week-runner'
export { generateWeek } from './generate-week'
export { generateGreedy, greedyDay } from './greedy'
export { checkWeek, type Violation, type ViolationCode, type CheckOptions } from './check-week'
export { scoreWeek } from './plan-score'
export { weekVariety, VARIETY_MAX_USES, type WeekVariety } from './week-variety'
export {
  mealSharing,
  mealsTogetherWithDefaults,
  MEALS_TOGETHER_DEFAULT,
  type MealShare,
  type MealApart,
  type ApartReason,
} from './meal-sharing'
export {
  MEAL_SIDES,
  matchesOwnDiet,
  sideOptions,
  type MealSide,
  type SideOption,
} from './meal-sides'
export {
  highsMipSolver,
  type HighsModule,
  type HighsMipSolver,
  type HighsSolverOptions,
} from './highs-adapter'
export {
  validateUserRecipe,
  scaleRecipe,
  RECIPE_LIMITS,
  type RecipeResult,
  type RecipeFieldError,
} from './user-recipe'
