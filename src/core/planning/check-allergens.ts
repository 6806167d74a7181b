/**
 * The checker's own allergen table. Written apart from the generator's (core/foods/allergens.ts)
 * on purpose, and in another form: one flat row per group, each a regex over the food's
 * "name | aliases | USDA group" line, minus phrases that only look like the allergen. A slip
 * in one table then shows up as a disagreement in the catalogue-wide cross-check test, or as an
 * ALLERGY violation in a generated week, instead of passing silently.
 */
import type { FoodRecord } from '../foods/types'
import { blank, ROWS, test, type Row } from './check-allergen-rows'
import { readWheat } from './check-wheat'

/** The line the table reads: name and aliases, lower case. */
const lineOf = (food: FoodRecord): string => `${food.name} | ${food.aka ?? ''}`.toLowerCase()

const inAny = (food: FoodRecord, line: string, groups: Row['inGroups'] = []): boolean =>
  groups.some((g) =>
    typeof g === 'string'
      ? food.foodGroup === g
      : g instanceof RegExp
        ? g.test(food.foodGroup)
        : food.foodGroup === g[0] && g[1].test(line),
  )

const seen = new WeakMap<FoodRecord, ReadonlySet<string>>()

/** The allergen groups the checker finds in a food (remembered per food record). */
export function checkerAllergenGroups(food: FoodRecord): ReadonlySet<string> {
  let groups = seen.get(food)
  if (!groups) {
    groups = read(food)
    seen.set(food, groups)
  }
  return groups
}

function read(food: FoodRecord): Set<string> {
  const line = lineOf(food)
  const out = new Set<string>()
  for (const row of ROWS)
    if (inAny(food, line, row.inGroups) || test(row.hit, blank(row.unless, line)))
      out.add(row.group)
  const { wheat, gluten } = readWheat(food, line, out.has('oats'))
  if (wheat) out.add('wheat')
  if (gluten) out.add('gluten')
  return out
}

/*
 * What people type, read again here: a regex per group over the typed word (lower case,
 * letters and spaces). "nuts" alone means both tree nuts and peanuts.
 */
const TYPED: readonly (readonly [RegExp, readonly string[]])[] = [
  [/^(?:cows? )?milks?$|^dairy$|^lactose$|^caseins?$|^whey$/, ['milk']],
  [/^eggs?$/, ['egg']],
  [/^(?:fin)?fish(?:es)?$/, ['fish']],
  [/^shell ?fish$/, ['crustacean', 'mollusc']],
  [/^seafoods?$/, ['fish', 'crustacean', 'mollusc']],
  [/^crustaceans?$/, ['crustacean']],
  [/^mollus[ck]s?$/, ['mollusc']],
  [/^nuts?$/, ['tree-nut', 'peanut']],
  [/^tree ?nuts?$/, ['tree-nut']],
  [/^(?:peanuts?|groundnuts?)$/, ['peanut']],
  [/^(?:soy|soya|soybeans?)$/, ['soy']],
  [/^wheat$/, ['wheat']],
  [/^(?:gluten|coeliac|celiac)(?: disease)?$/, ['gluten']],
  [/^(?:oats?|oatmeal)$/, ['oats']],
  [/^sesame(?: seeds?)?$/, ['sesame']],
  [/^mustards?$/, ['mustard']],
  [/^celery$/, ['celery']],
  [/^lupin(?:e)?s?$/, ['lupin']],
]

const typedWord = (term: string): string =>
  term
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z]+/g, ' ')
    .replace(/\b(?:allergy|allergic|allergies|intolerance|intolerant|to)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()

/** The allergen groups the checker reads in a typed word (empty: match it by name). */
export function checkerTypedGroups(term: string): readonly string[] {
  const w = typedWord(term)
  return TYPED.find(([re]) => re.test(w))?.[1] ?? []
}

const FOOD_ID = /^(?:sr28|fndds|curated|custom):/

/**
 * For one person's allergy list: the first allergy a food breaks, or null. Food ids match
 * exactly; allergy words through the checker's groups; other words whole in name or aliases.
 */
export function checkerAllergyHit(terms: readonly string[]): (food: FoodRecord) => string | null {
  const readers = terms
    .filter((t) => t.trim() !== '')
    .map((t): ((f: FoodRecord) => boolean) => {
      if (FOOD_ID.test(t)) return (f) => f.id === t
      const groups = checkerTypedGroups(t)
      if (groups.length > 0) return (f) => groups.some((g) => checkerAllergenGroups(f).has(g))
      const stem = typedWord(t).replace(/e?s$/, '')
      if (stem === '') return () => false
      const re = new RegExp(`(?:^|[^a-z])${stem}(?:e?s)?(?![a-z])`)
      return (f) => re.test(lineOf(f))
    })
  return (food) => {
    const i = readers.findIndex((r) => r(food))
    return i < 0 ? null : (terms.filter((t) => t.trim() !== '')[i] ?? null)
  }
}
