/** The recipe library, shown inside the Foods page. */
export { RecipesView } from './RecipesView'
