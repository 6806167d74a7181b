/**
 * Realistic food searches, typed letter by letter in the benchmarks ("s", "so", "soy", …), shared
 * by the Node and the Chromium search benchmarks so their figures compare.
 */
export const QUERIES = [
  'soy milk',
  'oat milk',
  'almond milk',
  'nutritional yeast',
  'marmite',
  'salmon',
  'beef liver',
  'cheddar',
  'egg',
  'tofu',
  'cornflakes',
  'clams',
  'tuna',
  'chicken breast',
  'greek yogurt',
  'whole milk',
  'sardines',
  'tempeh',
  'spirulina',
  'mushrooms',
  'b12 tablet',
  'methylcobalamin',
  'cheerios',
  'oatmeal',
  'rice milk',
  'cottage cheese',
  'ground beef',
  'turkey',
  'shrimp',
  'mussels',
  'lentils',
  'chickpeas',
  'peanut butter',
  'banana',
  'spinach',
  'whole wheat bread',
  'pizza',
  'burrito',
  'fortified cereal',
  'veggie burger',
]

/** Every prefix of every query, as a person typing would produce them. */
export function keystrokes(queries: readonly string[] = QUERIES): string[] {
  return queries.flatMap((query) =>
    Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1)),
  )
}
