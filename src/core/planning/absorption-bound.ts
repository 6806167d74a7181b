/**
 * A linear under-estimator of the per-event absorption curve A(d) of the B12 core, for use in
 * a linear model. A(d) is concave, so:
 * - tangent lines lie ABOVE it (min over tangents over-estimates absorption: unsafe for a
 *   "meets the target" constraint);
 * - chords (secants) between breakpoints lie BELOW it on their own interval, and the minimum
 *   over all chord lines is the piecewise-linear interpolant, which is ≤ A(d) on
 *   [0, last breakpoint]. Past the last breakpoint the chords would climb above A, so a flat cap
 *   at A(last) closes the bound (A is increasing, so A(d) ≥ A(last) there).
 * The model therefore uses `absorbed_e ≤ slope_k · d_e + intercept_k` for every chord k and
 * `absorbed_e ≤ cap`: any value the model can claim is ≤ A(d_e), never more.
 */
import { absorbedFromEvent } from '../b12'

export interface Secant {
  /** Breakpoints of the chord, µg of B12 in the event. */
  from: number
  to: number
  /** µg absorbed per µg eaten. */
  slope: number
  /** µg absorbed at d = 0 on the extended line. */
  intercept: number
}

/** Breakpoints (µg per event): dense where meals are (0–10 µg), sparse up to supplement doses. */
export const ABSORPTION_BREAKPOINTS: readonly number[] = [
  0, 0.25, 0.5, 0.75, 1, 1.5, 2, 2.5, 3, 4, 5, 6.5, 8, 10, 13, 17, 25, 40, 70, 120, 250, 500, 1000,
]

function secantsFor(points: readonly number[]): Secant[] {
  const out: Secant[] = []
  for (const [i, to] of points.entries()) {
    if (i === 0) continue
    const from = points[i - 1] ?? 0
    const a = absorbedFromEvent(from)
    const slope = (absorbedFromEvent(to) - a) / (to - from)
    out.push({ from, to, slope, intercept: a - slope * from })
  }
  return out
}

export const ABSORPTION_SECANTS: readonly Secant[] = secantsFor(ABSORPTION_BREAKPOINTS)

/** The flat cap past the last breakpoint, µg absorbed. */
export const ABSORPTION_CAP: number = absorbedFromEvent(ABSORPTION_BREAKPOINTS.at(-1) ?? 0)

/**
 * The linear model's bound on µg absorbed from one event holding `ug` µg:
 * min(cap, min_k slope_k·ug + intercept_k). Always ≤ absorbedFromEvent(ug) for ug ≥ 0; within
 * about 0.015 µg of it up to 25 µg (the tests measure the gap).
 */
export function absorptionLowerBound(ug: number): number {
  let best = ABSORPTION_CAP
  for (const s of ABSORPTION_SECANTS) best = Math.min(best, s.slope * ug + s.intercept)
  return Math.max(0, best)
}

/**
 * The chords that can bind for events of at most `maxUg` µg (a chord starting at or beyond
 * maxUg lies above A there, so it never binds): fewer rows, same bound on [0, maxUg].
 */
export function secantsUpTo(maxUg: number): readonly Secant[] {
  return ABSORPTION_SECANTS.filter((s) => s.from < maxUg || s.from === 0)
}
