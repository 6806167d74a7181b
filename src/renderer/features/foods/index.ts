/** The Foods page, and the food wording other pages show (diet names, µg). */
export { FoodsPage } from './FoodsPage'
export { CatalogueStatus } from './CatalogueStatus'
export { DIET_LABELS, formatUg } from './food-text'
