/** The recipe library, shown inside the Foods page. */
export { RecipesView } from './RecipesView'
/** One recipe's card; the plan opens it scaled to a person's servings (forPerson). */
export { RecipeDetail, type RecipeDetailProps } from './RecipeDetail'
