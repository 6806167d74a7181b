/**
 * What the Foods page lists for a query and its filters: a pure helper over the core's search,
 * unit-tested, so the component only renders.
 */
import {
  b12PerDefaultServing,
  defaultPortion,
  sortByB12PerServing,
} from '../../../core/foods/portions'
import { searchFoods, type FoodSearch } from '../../../core/foods/search'
import type { B12Class, Diet, FoodRecord } from '../../../core/foods/types'

export type FoodSort = 'relevance' | 'b12'
export type KindFilter = 'all' | 'food' | 'supplement'

export interface FoodQuery {
  text: string
  diet: Diet | 'any'
  b12Class: B12Class | 'any'
  kind: KindFilter
  sort: FoodSort
}

export const DEFAULT_QUERY: FoodQuery = {
  text: '',
  diet: 'any',
  b12Class: 'any',
  kind: 'all',
  sort: 'relevance',
}

export interface FoodListItem {
  food: FoodRecord
  servingLabel: string
  b12PerServingUg: number
}

export interface FoodQueryResult {
  items: FoodListItem[]
  /** True when the list was cut at `limit`. */
  more: boolean
}

/** How many search hits to rank by B12 when the B12 sort is chosen with a search text. */
const B12_SORT_POOL = 400

function toItem(food: FoodRecord): FoodListItem {
  return {
    food,
    servingLabel: defaultPortion(food).label,
    b12PerServingUg: b12PerDefaultServing(food),
  }
}

function matchesFilters(food: FoodRecord, query: FoodQuery): boolean {
  if (query.diet !== 'any' && food.diet[query.diet] !== 'yes') return false
  if (query.b12Class !== 'any' && food.b12.class !== query.b12Class) return false
  if (query.kind !== 'all' && food.kind !== query.kind) return false
  return true
}

/**
 * Runs a query. Without search text and with the B12 sort, lists the whole catalogue (filtered)
 * richest first; without text and by relevance, lists nothing (the page asks for a search).
 */
export function runFoodQuery(
  search: FoodSearch,
  allFoods: Iterable<FoodRecord>,
  query: FoodQuery,
  limit = 50,
): FoodQueryResult {
  const text = query.text.trim()
  let foods: FoodRecord[]
  if (text === '') {
    if (query.sort !== 'b12') return { items: [], more: false }
    foods = sortByB12PerServing([...allFoods].filter((food) => matchesFilters(food, query)))
  } else {
    const pool = query.sort === 'b12' ? B12_SORT_POOL : limit * 4
    const hits = searchFoods(search, text, {
      diet: query.diet === 'any' ? undefined : query.diet,
      b12Classes: query.b12Class === 'any' ? undefined : [query.b12Class],
      limit: pool,
    })
    foods = hits.map((hit) => hit.food).filter((food) => matchesFilters(food, query))
    if (query.sort === 'b12') foods = sortByB12PerServing(foods)
  }
  return { items: foods.slice(0, limit).map(toItem), more: foods.length > limit }
}
