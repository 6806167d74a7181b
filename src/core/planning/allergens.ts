/**
 * Matching allergies and dislikes against foods. A term is a food id (exact) or a keyword;
 * common allergen names expand to the words that reveal them in USDA and curated names
 * ("soy" → soymilk, tofu, edamame…). Over-matching is the safe side for allergies.
 */
import type { FoodRecord } from '../foods/types'

const ALLERGEN_WORDS: Readonly<Record<string, readonly string[]>> = {
  soy: ['soy', 'soya', 'tofu', 'edamame', 'tempeh', 'miso', 'shoyu', 'tamari'],
  peanut: ['peanut'],
  'tree nut': [
    'almond',
    'walnut',
    'cashew',
    'pecan',
    'hazelnut',
    'pistachio',
    'macadamia',
    'brazil',
    'nuts,',
  ],
  milk: ['milk', 'cheese', 'yogurt', 'butter', 'cream', 'whey', 'casein'],
  dairy: ['milk', 'cheese', 'yogurt', 'butter', 'cream', 'whey', 'casein'],
  egg: ['egg'],
  fish: ['fish', 'salmon', 'tuna', 'cod', 'sardine', 'trout', 'mackerel', 'tilapia', 'anchov'],
  shellfish: [
    'shrimp',
    'prawn',
    'crab',
    'lobster',
    'clam',
    'mussel',
    'oyster',
    'scallop',
    'crustacean',
    'mollusk',
  ],
  wheat: [
    'wheat',
    'bread',
    'pasta',
    'flour',
    'couscous',
    'bulgur',
    'tortillas, ready-to-bake or -fry, flour',
    'cereals',
  ],
  gluten: [
    'wheat',
    'bread',
    'pasta',
    'flour',
    'couscous',
    'bulgur',
    'barley',
    'rye',
    'cereals',
    'oats',
  ],
  sesame: ['sesame', 'tahini', 'hummus'],
}

const isFoodId = (term: string): boolean => /^(sr28|fndds|curated|custom):/.test(term)

/** The lowercase words a term stands for (the term itself when it is no allergen name). */
export function termWords(term: string): readonly string[] {
  const t = term.trim().toLowerCase()
  return ALLERGEN_WORDS[t] ?? ALLERGEN_WORDS[t.replace(/s$/, '')] ?? [t]
}

/** A predicate: does this food match any of `terms` (ids exactly; keywords in name, aka, group)? */
export function foodMatcher(terms: readonly string[]): (food: FoodRecord) => boolean {
  const ids = new Set(terms.filter(isFoodId))
  const words = terms.filter((t) => !isFoodId(t) && t.trim() !== '').flatMap(termWords)
  return (food) => {
    if (ids.has(food.id)) return true
    if (words.length === 0) return false
    const text = `${food.name} ${food.aka ?? ''}`.toLowerCase()
    return words.some((w) => text.includes(w))
  }
}
