/**
 * Bars taller than the axis are cut at the axis top, so that one 1000 µg tablet does not flatten
 * every other bar to nothing; the true values stay in the labels and tables.
 */

/** A round axis maximum ≥ `value`: 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10 × a power of ten. */
export function niceCeil(value: number): number {
  if (!(value > 0)) return 1
  const power = 10 ** Math.floor(Math.log10(value))
  const step = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((s) => s * power >= value - 1e-9) ?? 10
  return step * power
}

/**
 * The axis top for values with a reference line at `reference`: room above the tallest value and
 * the line, but never more than `capTimesReference` × the reference (then tall bars are cut).
 */
export function axisTop(values: readonly number[], reference: number, capTimesReference = 4): number {
  const tallest = Math.max(0, ...values)
  const cap = niceCeil(reference * capTimesReference)
  return Math.min(cap, niceCeil(Math.max(tallest, reference * 1.25)))
}

/**
 * Stack segments as drawn under an axis top: bottom segments first, each cut to what is left.
 * The drawn segments sum to min(total, top).
 */
export function clampStack(segments: readonly number[], top: number): number[] {
  let used = 0
  return segments.map((value) => {
    const shown = Math.max(0, Math.min(value, top - used))
    used += shown
    return shown
  })
}

/** Evenly spaced round ticks from 0 to `top` (about `count` steps of 1, 2, 2.5 or 5 × 10^n). */
export function axisTicks(top: number, count = 5): number[] {
  const raw = top / count
  const power = 10 ** Math.floor(Math.log10(raw))
  const step = ([1, 2, 2.5, 5, 10].find((s) => s * power >= raw - 1e-9) ?? 10) * power
  const ticks: number[] = []
  for (let v = 0; v <= top + 1e-9; v += step) ticks.push(Math.round(v * 1000) / 1000)
  return ticks
}

/** The top drawn segment of a stack, for the total's label; null when nothing is drawn. */
export function topSegment<K extends string>(keys: readonly K[], shown: Readonly<Record<K, number>>): K | null {
  return [...keys].reverse().find((key) => shown[key] > 0) ?? null
}
