import MiniSearch, { type Options, type SearchOptions } from 'minisearch'
import {
  buildPrefixBuckets,
  rankInfo,
  wordsHavePrefixes,
  type FoodRankInfo,
  type PrefixBuckets,
} from './search-prefix'
import {
  indexTerm,
  keywordsFor,
  normalizeTerm,
  queryTerm,
  rewriteQuery,
  tokenize,
} from './search-text'
import type { B12Class, Diet, FoodId, FoodRecord } from './types'

interface SearchDoc {
  id: FoodId
  name: string
  aka: string
  keywords: string
}

/** A live search index: MiniSearch plus the foods it points to and their ranking boosts. */
export interface FoodSearch {
  readonly mini: MiniSearch<SearchDoc>
  readonly foods: Map<FoodId, FoodRecord>
  readonly boosts: Map<FoodId, FoodRankInfo>
  /** Short-prefix buckets, rebuilt lazily after foods are added or removed. */
  prefixes: PrefixBuckets | null
}

export interface FoodSearchOptions {
  /** Only foods that are a definite 'yes' for this diet. */
  diet?: Diet
  /** Only foods of these B12 classes. */
  b12Classes?: readonly B12Class[]
  /** At most this many hits (default 50). */
  limit?: number
}

export interface FoodHit {
  food: FoodRecord
  score: number
}

const INDEX_OPTIONS: Options<SearchDoc> = {
  fields: ['name', 'aka', 'keywords'],
  tokenize: (text) => tokenize(text),
  processTerm: (term) => indexTerm(term),
  searchOptions: { processTerm: (term) => queryTerm(term) },
}

const BRAND = /\b[A-Z][A-Z'&.-]{2,}\b/
const NOT_BRAND = new Set(['NFS', 'USDA', 'DHA', 'UHT', 'NS'])

/**
 * Query-independent rank factor (≥ 0.3): curated foods up, long names a little down, branded
 * (ALL-CAPS brand words), baby foods and restaurant items down, so "salmon" or "egg" lead with
 * the plain food.
 */
export function rankBoost(food: FoodRecord): number {
  let b = food.source === 'label-typical' || food.source === 'user' ? 1.5 : 1
  const words = tokenize(food.name).length
  b /= 1 + 0.05 * Math.max(0, words - 3)
  const brands = (food.name.match(new RegExp(BRAND, 'g')) ?? []).filter((w) => !NOT_BRAND.has(w))
  if (brands.length > 0) b *= 0.7
  if (/^(babyfood|baby |infant formula|toddler)/i.test(food.name)) b *= 0.5
  if (/^(restaurant|fast foods?|school lunch)\b/i.test(food.name)) b *= 0.7
  return Math.max(0.3, b)
}

function toDoc(food: FoodRecord): SearchDoc {
  const extra = food.b12.class === 'fortified' ? ['fortified'] : []
  return {
    id: food.id,
    name: food.name,
    aka: food.aka ?? '',
    keywords: keywordsFor(food.name, food.aka, extra),
  }
}

function track(search: FoodSearch, food: FoodRecord): void {
  search.prefixes = null
  search.foods.set(food.id, food)
  search.boosts.set(food.id, rankInfo(food, rankBoost(food)))
}

/** Builds the index over foods (ids must be unique). About 0.1–0.3 s for the full catalogue. */
export function createFoodSearch(foods: readonly FoodRecord[]): FoodSearch {
  const search: FoodSearch = {
    mini: new MiniSearch<SearchDoc>(INDEX_OPTIONS),
    foods: new Map(),
    boosts: new Map(),
    prefixes: null,
  }
  for (const food of foods) track(search, food)
  search.mini.addAll(foods.map(toDoc))
  search.prefixes = buildPrefixBuckets(search.boosts)
  return search
}

/** The index as a JSON string (MiniSearch toJSON) for a fast start; pair with loadFoodSearch. */
export function serializeFoodSearch(search: FoodSearch): string {
  return JSON.stringify(search.mini)
}

/** Restores an index saved by serializeFoodSearch; `foods` must be the foods it was built from. */
export function loadFoodSearch(json: string, foods: readonly FoodRecord[]): FoodSearch {
  const search: FoodSearch = {
    mini: MiniSearch.loadJSON<SearchDoc>(json, INDEX_OPTIONS),
    foods: new Map(),
    boosts: new Map(),
    prefixes: null,
  }
  for (const food of foods) track(search, food)
  search.prefixes = buildPrefixBuckets(search.boosts)
  return search
}

/** Adds (or replaces) a food, e.g. a custom food the person just entered. */
export function addFoodToSearch(search: FoodSearch, food: FoodRecord): void {
  if (search.mini.has(food.id)) search.mini.discard(food.id)
  track(search, food)
  search.mini.add(toDoc(food))
}

/** Removes a food from the index; unknown ids are ignored. */
export function removeFoodFromSearch(search: FoodSearch, id: FoodId): void {
  if (search.mini.has(id)) search.mini.discard(id)
  search.foods.delete(id)
  search.boosts.delete(id)
  search.prefixes = null
}

function passes(food: FoodRecord | undefined, opts: FoodSearchOptions): food is FoodRecord {
  if (!food) return false
  if (opts.diet && food.diet[opts.diet] !== 'yes') return false
  if (opts.b12Classes && !opts.b12Classes.includes(food.b12.class)) return false
  return true
}

const NO_WORDS: readonly string[] = []
const wordsOf = (search: FoodSearch, id: FoodId) => search.boosts.get(id)?.words ?? NO_WORDS

function fromBuckets(
  search: FoodSearch,
  words: readonly string[],
  opts: FoodSearchOptions,
  limit: number,
): FoodHit[] {
  search.prefixes ??= buildPrefixBuckets(search.boosts)
  const [first = '', ...rest] = words
  const others = rest.map((w) => w.toLowerCase())
  const ids = search.prefixes.get(normalizeTerm(first)) ?? []
  const hits: FoodHit[] = []
  for (const [i, id] of ids.entries()) {
    if (hits.length >= limit) break
    const food = search.foods.get(id)
    if (passes(food, opts) && wordsHavePrefixes(wordsOf(search, id), others))
      hits.push({ food, score: ids.length - i })
  }
  return hits
}

/**
 * Searches as you type: prefix matching for terms of 2+ characters, fuzzy (0.2) for 4+,
 * synonyms, all terms required (falls back to any term when that finds nothing). Terms of 1–3
 * letters are answered from precomputed name-prefix buckets or used as name-prefix filters, so
 * each keystroke stays within a frame. Hits come best first, filtered by diet ('yes' only) and
 * B12 class. An empty query gives no hits.
 */
export function searchFoods(
  search: FoodSearch,
  query: string,
  opts: FoodSearchOptions = {},
): FoodHit[] {
  const words = tokenize(rewriteQuery(query.trim()))
  const limit = opts.limit ?? 50
  if (words.length === 0) return []
  const long = words.filter((w) => w.length > 3)
  const short = words.filter((w) => w.length <= 3).map((w) => w.toLowerCase())
  if (long.length === 0) return fromBuckets(search, words, opts, limit)
  const needsFilter = Boolean(opts.diet || opts.b12Classes) || short.length > 0
  const base: SearchOptions = {
    prefix: (term) => term.length >= 2,
    fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
    boost: { name: 3, keywords: 2, aka: 1 },
    boostDocument: (id: FoodId, term: string) => {
      const b = search.boosts.get(id)
      return b ? b.base * (b.head.has(term) ? 1.6 : 1) : 1
    },
    filter: needsFilter
      ? (r) => {
          const food = search.foods.get(r.id as FoodId)
          return passes(food, opts) && wordsHavePrefixes(wordsOf(search, food.id), short)
        }
      : undefined,
  }
  const text = long.join(' ')
  let results = search.mini.search(text, { ...base, combineWith: 'AND' })
  if (results.length === 0 && long.length > 1)
    results = search.mini.search(text, { ...base, combineWith: 'OR' })
  const hits: FoodHit[] = []
  for (const r of results) {
    if (hits.length >= limit) break
    const food = search.foods.get(r.id as FoodId)
    if (food) hits.push({ food, score: r.score })
  }
  return hits
}
