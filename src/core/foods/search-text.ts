/**
 * Text handling for food search: how names are cut into terms, and the small synonym rules
 * that bridge USDA spelling and what people type ("Soymilk" ↔ "soy milk", "Soybean curd" ↔
 * "tofu", yeast extract ↔ "marmite"). The same normalisation runs at index and query time.
 */

const STOP = new Set([
  'and',
  'or',
  'with',
  'of',
  'the',
  'to',
  'as',
  'in',
  'for',
  'a',
  'ns',
  'nfs',
  'type',
  'made',
  'from',
])

/** Compound words USDA writes closed; the parts are indexed too, so "soy milk" finds "Soymilk". */
const COMPOUNDS: Readonly<Record<string, readonly string[]>> = {
  soymilk: ['soy', 'milk'],
  oatmilk: ['oat', 'milk'],
  almondmilk: ['almond', 'milk'],
  cornflake: ['corn', 'flake'],
  buttermilk: ['butter', 'milk'],
  cheeseburger: ['cheese', 'burger'],
  hamburger: ['burger'],
  softgel: ['soft', 'gel'],
}

/** Extra words for a food, from phrases in its name or aka (lower case). */
const PHRASE_KEYWORDS: readonly (readonly [RegExp, string])[] = [
  [/\bsoy ?milk|\bsoy (?:beverage|drink)/, 'soymilk soy milk'],
  [/\boat ?milk|\boat (?:drink|beverage)/, 'oatmilk oat milk'],
  [/\balmond ?milk|\balmond (?:beverage|drink)/, 'almondmilk almond milk'],
  [/\brice (?:milk|beverage|drink)/, 'rice milk'],
  [/\byeast extract/, 'marmite vegemite'],
  [/\bnutritional yeast/, 'nooch'],
  [/\bcorn ?flakes?\b/, 'cornflakes'],
  [/\bsoybean curd|\btofu/, 'tofu'],
  [/\bgarbanzo|\bchickpea/, 'chickpeas garbanzo'],
  [/\bcobalamin\b/, 'b12 supplement pill'],
  [/\bready-to-eat\b/, 'cereal'],
]

const MARKS = /[\u0300-\u036f]/g

/** Splits text into raw words (letters and digits). */
export function tokenize(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0)
}

/** Lower-case, strip accents, fold simple plurals ("clams" → "clam", "berries" → "berry"). */
export function normalizeTerm(term: string): string {
  const t = term.normalize('NFD').replace(MARKS, '').toLowerCase()
  if (t.length > 4 && t.endsWith('ies')) return `${t.slice(0, -3)}y`
  if (t.length > 3 && t.endsWith('s') && !/(?:ss|us|is)$/.test(t)) return t.slice(0, -1)
  return t
}

/** Index-time term processing: normalised term, plus the parts of known compounds; no stop words. */
export function indexTerm(term: string): string[] | null {
  const t = normalizeTerm(term)
  if (STOP.has(t)) return null
  const parts = COMPOUNDS[t]
  return parts ? [t, ...parts] : [t]
}

/** Query-time term processing: the same normalisation, without compound expansion. */
export function queryTerm(term: string): string | null {
  const t = normalizeTerm(term)
  return STOP.has(t) ? null : t
}

/** Synonym words to index for a food (empty string when none apply). */
export function keywordsFor(name: string, aka: string | null, extra: readonly string[]): string {
  const text = `${name} ${aka ?? ''}`.toLowerCase()
  const words = PHRASE_KEYWORDS.filter(([re]) => re.test(text)).map(([, w]) => w)
  return [...words, ...extra].join(' ')
}

/** Whole-query rewrites for words USDA never uses. */
const QUERY_SYNONYMS: Readonly<Record<string, string>> = {
  beancurd: 'tofu',
  prawn: 'shrimp',
  prawns: 'shrimp',
  aubergine: 'eggplant',
  courgette: 'zucchini',
  yoghurt: 'yogurt',
}

/** Applies QUERY_SYNONYMS to single words of a query. */
export function rewriteQuery(query: string): string {
  return query
    .split(/\s+/)
    .map((w) => QUERY_SYNONYMS[w.toLowerCase()] ?? w)
    .join(' ')
}
