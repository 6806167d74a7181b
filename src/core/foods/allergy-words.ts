/**
 * What a person means by an allergy word. People type "Oats", "tree nuts", "dairy", "coeliac";
 * each maps to allergen groups that are then decided over the foods themselves
 * (see allergens.ts). Words no group knows fall back to whole-word name matching there.
 */

/**
 * Allergen groups: the EU's 14 (Regulation 1169/2011, Annex II) as far as the catalogue has
 * such foods, with tree nuts and peanuts apart, crustaceans and molluscs apart, wheat apart
 * from gluten, and oats on their own because people avoid oats for reasons other than gluten.
 */
export type AllergenGroup =
  | 'milk'
  | 'egg'
  | 'fish'
  | 'crustacean'
  | 'mollusc'
  | 'tree-nut'
  | 'peanut'
  | 'soy'
  | 'wheat'
  | 'gluten'
  | 'oats'
  | 'sesame'
  | 'mustard'
  | 'celery'
  | 'lupin'

export const ALLERGEN_GROUPS: readonly AllergenGroup[] = [
  'milk',
  'egg',
  'fish',
  'crustacean',
  'mollusc',
  'tree-nut',
  'peanut',
  'soy',
  'wheat',
  'gluten',
  'oats',
  'sesame',
  'mustard',
  'celery',
  'lupin',
]

export interface AllergyReading {
  /** Empty when the word names no group (it is then matched as a whole word in food names). */
  groups: readonly AllergenGroup[]
  /** "nuts" alone: both tree nuts and peanuts are excluded until the person says which. */
  ambiguous?: 'nuts'
}

/*
 * Keys are normalised (see normalise): lower case, singular, no punctuation, filler words
 * ("allergy", "intolerance") dropped. Lactose intolerance is not an allergy, but someone who
 * types "lactose" wants no milk in the plan, so it excludes the milk group.
 */
const WORDS: Readonly<Record<string, readonly AllergenGroup[]>> = {
  milk: ['milk'],
  'cow milk': ['milk'],
  dairy: ['milk'],
  lactose: ['milk'],
  casein: ['milk'],
  whey: ['milk'],
  egg: ['egg'],
  fish: ['fish'],
  finfish: ['fish'],
  shellfish: ['crustacean', 'mollusc'],
  seafood: ['fish', 'crustacean', 'mollusc'],
  crustacean: ['crustacean'],
  mollusc: ['mollusc'],
  mollusk: ['mollusc'],
  'tree nut': ['tree-nut'],
  treenut: ['tree-nut'],
  peanut: ['peanut'],
  groundnut: ['peanut'],
  soy: ['soy'],
  soya: ['soy'],
  soybean: ['soy'],
  wheat: ['wheat'],
  gluten: ['gluten'],
  coeliac: ['gluten'],
  celiac: ['gluten'],
  'coeliac disease': ['gluten'],
  'celiac disease': ['gluten'],
  oat: ['oats'],
  oatmeal: ['oats'],
  sesame: ['sesame'],
  'sesame seed': ['sesame'],
  mustard: ['mustard'],
  celery: ['celery'],
  lupin: ['lupin'],
  lupine: ['lupin'],
}

const FILLER = new Set(['allergy', 'allergic', 'allergie', 'intolerance', 'intolerant', 'to'])

/** Lower case, letters only, filler dropped, each word singular ("Tree-Nuts" → "tree nut"). */
export function normaliseAllergyWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '' && !FILLER.has(w))
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w))
    .join(' ')
}

/** The allergen groups a typed allergy word stands for. */
export function allergyGroups(word: string): AllergyReading {
  const key = normaliseAllergyWord(word)
  if (key === 'nut') return { groups: ['tree-nut', 'peanut'], ambiguous: 'nuts' }
  return { groups: WORDS[key] ?? [] }
}
