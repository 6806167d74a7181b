import { normalizeTerm, tokenize } from './search-text'
import type { FoodId, FoodRecord } from './types'

/**
 * Short-prefix lookup for the first keystrokes. A 1–3 letter prefix matches thousands of foods,
 * and scoring them all costs 5–10 ms per keystroke; instead every name word's 1-, 2- and
 * 3-letter prefixes point to foods already ranked by a query-independent score (plain, short,
 * unbranded names first; a word at the start of the name or equal to the prefix counts more).
 */
export type PrefixBuckets = Map<string, FoodId[]>

/** What ranking needs to know about one food, computed once when it is indexed. */
export interface FoodRankInfo {
  base: number
  /** Normalised terms of the name's head (first two comma segments). */
  head: ReadonlySet<string>
  /** Lower-case words of the whole name, for prefix filters. */
  words: readonly string[]
}

/** Rank info of a food; `base` is its query-independent rank factor. */
export function rankInfo(food: FoodRecord, base: number): FoodRankInfo {
  const head = tokenize(food.name.split(',').slice(0, 2).join(' ')).map(normalizeTerm)
  return { base, head: new Set(head), words: tokenize(food.name).map((w) => w.toLowerCase()) }
}

/** Builds the buckets from each food's rank info (iteration order breaks exact ties). */
export function buildPrefixBuckets(info: ReadonlyMap<FoodId, FoodRankInfo>): PrefixBuckets {
  const lists = new Map<string, { id: FoodId; score: number }[]>()
  const best = new Map<string, number>()
  for (const [id, { base, head, words }] of info) {
    best.clear()
    words.forEach((raw, i) => {
      const word = normalizeTerm(raw)
      const lead = (head.has(word) ? 1.6 : 1) * (i === 0 ? 1.3 : 1)
      for (let n = 1; n <= Math.min(3, word.length); n++) {
        const prefix = word.slice(0, n)
        const score = base * lead * (word.length === n ? 1.5 : 1)
        if ((best.get(prefix) ?? 0) < score) best.set(prefix, score)
      }
    })
    for (const [prefix, score] of best) {
      let list = lists.get(prefix)
      if (!list) lists.set(prefix, (list = []))
      list.push({ id, score })
    }
  }
  const buckets: PrefixBuckets = new Map()
  for (const [prefix, list] of lists) {
    list.sort((a, b) => b.score - a.score)
    buckets.set(
      prefix,
      list.map((e) => e.id),
    )
  }
  return buckets
}

/** True when some word of the name starts with each of the lower-case prefixes. */
export function wordsHavePrefixes(words: readonly string[], prefixes: readonly string[]): boolean {
  for (const p of prefixes) if (!words.some((w) => w.startsWith(p))) return false
  return true
}
