/**
 * Tolerant matching of what a person types ("glucophage XR 500mg", "Crohn's", "weight-loss
 * surgery") against a small vocabulary of names. Pure string work, no dependencies: the
 * vocabularies are a few hundred names, so a linear scan is well under a millisecond.
 */

/**
 * Whole-word variants folded onto one form, after the UK "ae"/"oe" digraphs have been folded
 * (anaemia → anemia, coeliac → celiac, oesophageal → esophageal). Doing the digraphs by
 * substring keeps prefix search working for UK spellings ("coel" finds "coeliac").
 */
const VARIANTS: Readonly<Record<string, string>> = {
  phenobarbitone: 'phenobarbital',
  sjegren: 'sjogren', // "Sjoegren" after the oe fold
  // Possessives typed without the apostrophe ("crohns" like "Crohn's").
  crohns: 'crohn',
  hashimotos: 'hashimoto',
  sjogrens: 'sjogren',
  lebers: 'leber',
  addisons: 'addison',
  biermers: 'biermer',
}

/** Words that carry no meaning for matching ("allergic to b12", "sitagliptin and metformin"). */
const STOPWORDS: ReadonlySet<string> = new Set([
  'and',
  'with',
  'plus',
  'to',
  'of',
  'the',
  'a',
  'my',
  'in',
  'on',
])

/**
 * Lower-case word tokens of `text`: accents dropped (Sjögren → sjogren), possessives dropped
 * (Crohn's, Crohns → crohn), any other punctuation splits words (weight-loss → weight loss),
 * UK/US spellings folded, filler words dropped. Empty or punctuation-only text gives [].
 */
export function tokenize(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`´]s\b/g, '')
    .replace(/['’`´]/g, '')
    .replace(/ae|oe/g, 'e')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '' && !STOPWORDS.has(word))
    .map((word) => VARIANTS[word] ?? word)
}

export interface IndexedName<T> {
  /** The name as shown to people. */
  display: string
  tokens: readonly string[]
  /** Tokens joined by one space, for prefix search. */
  joined: string
  value: T
}

/** Prepares names for `bestMatch` and `rankedSearch`. Names with no tokens are dropped. */
export function indexNames<T>(entries: readonly { display: string; value: T }[]): IndexedName<T>[] {
  return entries
    .map(({ display, value }) => {
      const tokens = tokenize(display)
      return { display, tokens, joined: tokens.join(' '), value }
    })
    .filter((entry) => entry.tokens.length > 0)
}

/**
 * The name whose words all occur in `text` (any order, extra words such as strengths allowed),
 * preferring the name with most words, then the longest, then the earliest in the index — so
 * "Glucophage XR 500mg" picks "Glucophage XR" over "Glucophage". Null when nothing matches.
 */
export function bestMatch<T>(
  index: readonly IndexedName<T>[],
  text: string,
): IndexedName<T> | null {
  const words = new Set(tokenize(text))
  let best: IndexedName<T> | null = null
  for (const entry of index) {
    if (!entry.tokens.every((token) => words.has(token))) continue
    if (
      best === null ||
      entry.tokens.length > best.tokens.length ||
      (entry.tokens.length === best.tokens.length && entry.joined.length > best.joined.length)
    ) {
      best = entry
    }
  }
  return best
}

/**
 * Rank of a name for an autocomplete query (lower is better), or null if it does not match:
 * 0 exact, 1 the name starts with the query, 2 every query word starts some word of the name.
 */
function rankFor(
  entry: IndexedName<unknown>,
  queryTokens: readonly string[],
  query: string,
): number | null {
  if (entry.joined === query) return 0
  if (entry.joined.startsWith(query)) return 1
  const prefixOfSomeWord = (q: string) => entry.tokens.some((token) => token.startsWith(q))
  return queryTokens.every(prefixOfSomeWord) ? 2 : null
}

/**
 * Names matching a partly typed query, best first: by rank, then shorter names, then
 * alphabetically. Each distinct `key` of a value appears once (its best-ranked name).
 * An empty query gives [].
 */
export function rankedSearch<T>(
  index: readonly IndexedName<T>[],
  text: string,
  key: (value: T) => string,
  limit: number,
): IndexedName<T>[] {
  const queryTokens = tokenize(text)
  if (queryTokens.length === 0 || limit <= 0) return []
  const query = queryTokens.join(' ')
  const ranked: { entry: IndexedName<T>; rank: number }[] = []
  for (const entry of index) {
    const rank = rankFor(entry, queryTokens, query)
    if (rank !== null) ranked.push({ entry, rank })
  }
  ranked.sort(
    (a, b) =>
      a.rank - b.rank ||
      a.entry.joined.length - b.entry.joined.length ||
      (a.entry.joined < b.entry.joined ? -1 : a.entry.joined > b.entry.joined ? 1 : 0),
  )
  const seen = new Set<string>()
  const out: IndexedName<T>[] = []
  for (const { entry } of ranked) {
    const k = key(entry.value)
    if (seen.has(k)) continue
    seen.add(k)
    out.push(entry)
    if (out.length === limit) break
  }
  return out
}

/**
 * Edit distance between `a` and `b` counting an insertion, a deletion, a substitution or a swap
 * of two neighbouring letters as one edit (Damerau–Levenshtein, "optimal string alignment":
 * no letter is edited twice), or `max + 1` as soon as it is certain to exceed `max`.
 *
 * Written here rather than taken from npm: the well-used packages are plain Levenshtein
 * (fastest-levenshtein, leven: a swap "metfromin" costs 2) or allocate a full matrix without a
 * cut-off (damerau-levenshtein); two rows and an early exit are enough for names this short.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let beforePrevious: number[] = []
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  let previousMin = 0
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(at(previous, j) + 1, at(row, j - 1) + 1, at(previous, j - 1) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, at(beforePrevious, j - 2) + 1)
      }
      row.push(d)
      rowMin = Math.min(rowMin, d)
    }
    // A cell reads its own row, the row above, and (for a swap) the row above that plus one:
    // once this row is over max and the one above is at least max, no later cell can get back.
    if (rowMin > max && previousMin >= max) return max + 1
    beforePrevious = previous
    previous = row
    previousMin = rowMin
  }
  return Math.min(at(previous, b.length), max + 1)
}

const at = (row: readonly number[], j: number): number => row[j] ?? Number.POSITIVE_INFINITY
