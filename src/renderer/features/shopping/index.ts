/** The Shopping list page. */
export { ShoppingPage } from './ShoppingPage'
