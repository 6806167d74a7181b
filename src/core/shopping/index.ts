/**
 * Shopping list core: aggregation of a plan into per-food totals, shop units (USDA portions and
 * typical packages), pantry, aisles, checked state, and exporters (CSV, Markdown, plain text,
 * print model). Pure functions; amounts are exact until a format or export function rounds them.
 */
export type {
  AisleSection,
  DateRange,
  LineNote,
  ListState,
  ManualItem,
  NoteCode,
  PackChoice,
  PantryItem,
  PantryStatus,
  Quantity,
  ShopMeasure,
  ShoppingLine,
  ShoppingList,
  ShopQuantity,
  UnitSystem,
} from './types'
export { UNIT_SYSTEMS } from './types'
export {
  GRAMS_PER_LB,
  GRAMS_PER_OZ,
  ML_PER_CUP,
  ML_PER_FL_OZ,
  ML_PER_GALLON,
  ML_PER_QUART,
  ML_PER_TBSP,
  ML_PER_TSP,
  findCountPortion,
  fluidOuncesToMl,
  gramsToOunces,
  gramsToPounds,
  itemsFor,
  mlToFluidOunces,
  mlToGallons,
  mlToQuarts,
  ouncesToGrams,
  portionVolumeMl,
  poundsToGrams,
  publishedDensity,
  type CountPortion,
  type Density,
} from './measures'
export {
  leadOfName,
  packageTableFromJson,
  ruleFor,
  type PackageRule,
  type PackageTable,
  type PackMeasure,
  type PackSize,
} from './package-table'
export { choosePacks, packedAmount, type PackOption } from './packing'
export {
  foodShopQuantity,
  PRODUCE_COUNT_WORDS,
  supplementShopQuantity,
  type FoodShopQuantity,
  type ShopFood,
} from './shop-quantity'
export { toLineAmount, type LineAmount } from './convert-quantity'
export {
  displayAmount,
  displayMass,
  displayVolume,
  formatBuy,
  formatMass,
  formatNeed,
  formatNumber,
  formatPack,
  formatPlainQuantity,
  formatQuantity,
  formatVolume,
  roundUpToStep,
  type DisplayAmount,
} from './format-quantity'
export {
  aggregatePlan,
  entryIncluded,
  recipesById,
  type AggregateFilter,
  type FoodTotal,
  type PlanTotals,
} from './aggregate-plan'
export { applyPantry, PANTRY_NOTES, type PantryResult } from './pantry'
export {
  compareLines,
  DEFAULT_AISLE_ORDER,
  groupByAisle,
  normaliseAisleOrder,
  sortLines,
} from './group-by-aisle'
export {
  buildShoppingList,
  LINE_NOTES,
  manualLine,
  type BuildShoppingListInput,
} from './build-shopping-list'
export { applyListState, listStateOf, setChecked, type AppliedListState } from './list-state'
export {
  apartTexts,
  defaultListTitle,
  formatLineBuy,
  formatLineQuantity,
  lineDisplayAmount,
  lineNoteTexts,
  listShowsPackages,
  TYPICAL_PACKAGES_NOTE,
} from './format-line'
export { CSV_HEADER, csvField, toCsv, toCsvRows, type CsvOptions } from './export-csv'
export { escapeMarkdown, toMarkdown, type MarkdownOptions } from './export-markdown'
export { toPlainText, type TextOptions } from './export-text'
export { AT_HOME_HEADING, isAtHome, splitAtHome } from './at-home'
export {
  coveredTitle,
  dayRuns,
  periodNotes,
  planPeriod,
  runTitle,
  type PeriodCoverage,
  type PeriodPlan,
  type RepeatedDay,
} from './period-coverage'
export { toPrintModel, type PrintModel, type PrintRow, type PrintSection } from './print-model'
/** The list's ranges are Monday weeks of calendar days, from core/dates. */
export { addDays, daysInRange, weekRange, weeksRange } from '../dates'
export {
  buyingTableFromJson,
  NO_BUYING_FORMS,
  type BuyingTable,
  type BuyingYield,
  type ShopHint,
  type YieldBasis,
} from './buying-forms'
export {
  buyingConverter,
  buyingKind,
  preparedState,
  type BuyingKind,
  type FoodGrams,
  type ToBuying,
} from './buying-yields'
export {
  buyingCoverage,
  type BuyingCoverage,
  type BuyingMeasure,
  type FoodBuying,
} from './buying-coverage'
