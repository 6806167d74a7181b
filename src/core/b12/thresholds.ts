/**
 * Coverage thresholds of the rule base, compared with a tolerance (rule base v1.1 §6a.5): a
 * coverage that is exactly 50 % or 100 % on paper (say 3 × 0.4 µg against 1.2 µg) can compute as
 * 49.999999999 % and must not be pushed below the line by floating-point rounding.
 */

/** Percentage points a coverage may fall short of a threshold and still reach it. */
export const THRESHOLD_TOLERANCE_PCT = 1e-9

/** pct ≥ threshold, within the tolerance. */
export function reaches(pct: number, threshold: number): boolean {
  return pct >= threshold - THRESHOLD_TOLERANCE_PCT
}
