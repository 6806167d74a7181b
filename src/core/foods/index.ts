export * from './types'
export { classifyUsdaFood, type FoodClassification, type UsdaFoodInput } from './classify'
export { classifyB12, b12Parts, notCountedReason, type B12Input } from './classify-b12'
export { classifyDiet } from './classify-diet'
export { defaultAisle } from './aisle'
export { groupProfile, type GroupProfile, type DietBase, type B12Origin } from './food-groups'
export { ingredientSignals, type IngredientSignals } from './ingredient-keywords'
export {
  CATALOGUE_FORMAT,
  CatalogueFormatError,
  decodeCatalogue,
  type Catalogue,
  type CatalogueFile,
  type CatalogueRow,
  type CatalogueExtra,
  type CatalogueSourceInfo,
} from './catalogue-format'
export { encodeCatalogue, catalogueToText } from './catalogue-encode'
export { usdaFoodToRecord, type UsdaFood } from './usda-record'
export { curatedFoodsFromJson } from './curated'
export { dietFromDeclared, supplementName } from './declared'
export {
  b12PerPortion,
  intakeItemsFor,
  defaultPortion,
  b12PerDefaultServing,
  sortByB12PerServing,
  unitCount,
  type UnitCount,
  type B12Portion,
  type FoodIntakeItem,
} from './portions'
export {
  customFoodFromLabel,
  LIMITS,
  B12_CAUTION_UG_PER_100,
  type CustomFoodCaution,
  type CustomFoodInput,
  type CustomFoodResult,
  type FieldError,
} from './custom-food'
export {
  createFoodSearch,
  serializeFoodSearch,
  loadFoodSearch,
  addFoodToSearch,
  removeFoodFromSearch,
  searchFoods,
  rankBoost,
  type FoodSearch,
  type FoodSearchOptions,
  type FoodHit,
} from './search'
export { REFERENCE_QUERIES, type ReferenceQuery } from './reference-queries'
export {
  ALLERGEN_GROUPS,
  allergenMatcher,
  allergyGroups,
  foodAllergenGroups,
  normaliseAllergyWord,
  wholeWord,
  type AllergenGroup,
  type AllergyReading,
} from './allergens'
export { cleanFoodName, type ShopWording } from './clean-food-name'
export {
  FORTIFIED_SUFFIX,
  handWrittenShopName,
  isFortifiedWithB12,
  shopName,
  type ShopNameFood,
} from './shop-names'
export { SHOP_NAMES, type ShopNameEntry } from './shop-name-table'
