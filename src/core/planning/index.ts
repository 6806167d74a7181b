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
  repeatWeek,
  shiftOptions,
  bestShift,
  shiftWeek,
  shiftedDate,
  DAY_SHIFTS,
  type DayShift,
  type ShiftOption,
  type RepeatWeekInput,
  type RepeatWeekResult,
} from './repeat-week'
export {
  DAILY_FOOD_CAPS,
  dailyFoodCapG,
  mealCeiling,
  portionFactor,
  servingLevels,
  type DailyFoodCap,
  type MealCeiling,
} from './portions'
export {
  dayFoodGrams,
  mealSizes,
  personWeekReport,
  recipeGramsPerServing,
  type MealSize,
  type PersonWeekReport,
} from './week-report'
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
export {
  recipeAmounts,
  dayNutrition,
  energyPosition,
  proteinPosition,
  MAIN_INGREDIENT_COUNT,
  type RecipeAmounts,
  type IngredientAmount,
  type TargetPosition,
} from './meal-amounts'
export {
  rulePoints,
  ruleFitsDiet,
  ruleTest,
  ruleCovers,
  kindTest,
  RULE_POINTS,
  RULE_WEIGHTS,
  type HouseholdRule,
  type MealKind,
  type RuleType,
  type RuleWeight,
} from './household-rules'
export {
  checkHouseholdRules,
  type RuleMiss,
  type RuleNotApplied,
  type RuleReport,
  type RuleCheckInput,
} from './check-household-rules'
export {
  ruleText,
  ruleMissText,
  notAppliedText,
  kindLabel,
  timesWord,
  WEIGHT_LABELS,
} from './household-rule-text'
