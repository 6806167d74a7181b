import type { FoodRecord } from './types'

/**
 * Ten queries people really type, with the food they expect. Shared by the ranking test
 * (≥ 9 of 10 must have a right food in the top 5) and bench/foods-search.bench.ts.
 */
export interface ReferenceQuery {
  query: string
  expected: string
  accepts: (food: FoodRecord) => boolean
}

const nameMatches = (re: RegExp) => (food: FoodRecord) => re.test(food.name)

export const REFERENCE_QUERIES: readonly ReferenceQuery[] = [
  { query: 'soy milk', expected: 'a soymilk drink', accepts: nameMatches(/soymilk|^soy milk/i) },
  {
    query: 'nutritonal yeast',
    expected: 'curated fortified nutritional yeast (typo in the query)',
    accepts: (f) => f.id === 'curated:nutritional-yeast-fortified',
  },
  {
    query: 'oat milk',
    expected: 'FNDDS oat milk or curated oat drink',
    accepts: (f) => f.id === 'fndds:11360200' || f.id === 'curated:oat-drink-fortified',
  },
  { query: 'salmon', expected: 'a plain salmon', accepts: nameMatches(/^(fish, )?salmon\b/i) },
  {
    query: 'beef liver',
    expected: 'beef liver',
    accepts: nameMatches(/^beef, variety meats and by-products, liver|^beef liver|^liver, beef/i),
  },
  { query: 'cheddar', expected: 'cheddar cheese', accepts: nameMatches(/^cheese, cheddar/i) },
  {
    query: 'egg',
    expected: 'a plain egg',
    accepts: nameMatches(/^eggs?, (whole|white|yolk)|^egg, (boiled|fried|scrambled|raw)/i),
  },
  { query: 'tofu', expected: 'plain tofu', accepts: nameMatches(/^tofu\b|^soybean curd/i) },
  { query: 'cornflakes', expected: 'corn flakes cereal', accepts: nameMatches(/corn flakes/i) },
  { query: 'clams', expected: 'clams', accepts: nameMatches(/^(mollusks, )?clams?\b/i) },
]
