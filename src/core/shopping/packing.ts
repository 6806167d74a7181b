/**
 * Choosing typical packages for an amount: the combination that covers it with the least left
 * over, then the fewest packages, then the larger packages.
 */
import type { PackChoice } from './types'

export interface PackOption {
  size: number
  label: string
  noun: string
  plural: string
  measure: PackChoice['measure']
}

/** Above this many combinations, use the largest size only (never hit by real lists). */
const MAX_COMBINATIONS = 20_000
/** Relative slack so 1000.0000001 ml of need still fits one 1 L carton. */
const EPS = 1e-9

interface Best {
  counts: number[]
  over: number
  packs: number
}

function better(a: Best, b: Best | null): boolean {
  if (b === null) return true
  if (Math.abs(a.over - b.over) > EPS * Math.max(1, b.over)) return a.over < b.over
  if (a.packs !== b.packs) return a.packs < b.packs
  return false // earlier candidates use more of the larger sizes
}

const largestOnly = (need: number, sizes: readonly number[]): number[] => [
  Math.ceil(need / (sizes[0] ?? 1) - EPS),
]

function search(need: number, sizes: readonly number[]): number[] {
  const n = sizes.length
  let best: Best | null = null
  const counts = new Array<number>(n).fill(0)
  let budget = MAX_COMBINATIONS
  const visit = (i: number, remaining: number): void => {
    const size = sizes[i] ?? 0
    if (budget-- <= 0 || size <= 0) return
    if (i === n - 1) {
      const c = remaining <= EPS * need ? 0 : Math.ceil(remaining / size - EPS)
      counts[i] = c
      const total = counts.reduce((sum, k, j) => sum + k * (sizes[j] ?? 0), 0)
      const candidate = {
        counts: [...counts],
        over: total - need,
        packs: counts.reduce((a, b) => a + b, 0),
      }
      if (better(candidate, best)) best = candidate
      return
    }
    const maxCount = Math.ceil(remaining / size - EPS)
    for (let c = maxCount; c >= 0; c--) {
      counts[i] = c
      visit(i + 1, Math.max(0, remaining - c * size))
    }
    counts[i] = 0
  }
  visit(0, need)
  return (best as Best | null)?.counts ?? largestOnly(need, sizes)
}

/**
 * Packages covering `need` (same unit as the sizes: g, ml or items). Returns one entry per size
 * used, largest first; [] for a need of 0 or less. Ties on what is left over go to fewer
 * packages (7 eggs → 1 box of 12, not 2 boxes of 6). Sizes ≤ 0 are ignored.
 */
export function choosePacks(need: number, options: readonly PackOption[]): PackChoice[] {
  const usable = options.filter((o) => o.size > 0).sort((a, b) => b.size - a.size)
  if (!(need > 0) || usable.length === 0) return []
  const sizes = usable.map((o) => o.size)
  const combos = sizes.slice(0, -1).reduce((acc, s) => acc * (Math.ceil(need / s) + 1), 1)
  const counts = combos > MAX_COMBINATIONS ? largestOnly(need, sizes) : search(need, sizes)
  const out: PackChoice[] = []
  usable.forEach((o, i) => {
    const count = counts[i] ?? 0
    if (count > 0)
      out.push({
        count,
        measure: o.measure,
        size: o.size,
        label: o.label,
        noun: o.noun,
        plural: o.plural,
      })
  })
  return out
}

/** Total content of a pack choice (g, ml, items or units). */
export const packedAmount = (packs: readonly PackChoice[]): number =>
  packs.reduce((sum, p) => sum + p.count * p.size, 0)
