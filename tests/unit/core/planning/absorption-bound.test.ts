import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { absorbedFromEvent, IF_CAP, K, PASSIVE } from '../../../../src/core/b12'
import {
  ABSORPTION_BREAKPOINTS,
  ABSORPTION_CAP,
  ABSORPTION_SECANTS,
  absorptionLowerBound,
  secantsUpTo,
} from '../../../../src/core/planning/absorption-bound'

const A = (d: number) => absorbedFromEvent(d)
const grid = (to: number, step: number) =>
  Array.from({ length: Math.floor(to / step) + 1 }, (_, i) => i * step)

describe('linear bound on per-event absorption', () => {
  it('never overestimates A(d): safe for a "meets the target" constraint (grid 0–3000 µg)', () => {
    for (const d of [...grid(30, 0.01), ...grid(3000, 0.5)])
      expect(absorptionLowerBound(d)).toBeLessThanOrEqual(A(d) + 1e-12)
  })

  it('never overestimates A(d) for any dose (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        (d) => absorptionLowerBound(d) <= A(d) + 1e-12,
      ),
    )
  })

  it('every single chord line is below A on its own interval and above it outside (why chords, not tangents)', () => {
    for (const s of ABSORPTION_SECANTS) {
      const mid = (s.from + s.to) / 2
      expect(s.slope * mid + s.intercept).toBeLessThanOrEqual(A(mid))
      const outside = s.to * 1.5 + 1
      expect(s.slope * outside + s.intercept).toBeGreaterThan(A(outside))
    }
  })

  it('a tangent line would overestimate: the unsafe direction', () => {
    const at = 2
    const slope = (IF_CAP * K) / (at + K) ** 2 + PASSIVE
    const tangent = (d: number) => A(at) + slope * (d - at)
    expect(tangent(1)).toBeGreaterThan(A(1))
    expect(tangent(4)).toBeGreaterThan(A(4))
  })

  it('is tight where meals are: within 0.015 µg of A on 0–25 µg, exact at breakpoints', () => {
    let worst = 0
    for (const d of grid(25, 0.005)) worst = Math.max(worst, A(d) - absorptionLowerBound(d))
    expect(worst).toBeLessThan(0.015)
    for (const p of ABSORPTION_BREAKPOINTS) expect(absorptionLowerBound(p)).toBeCloseTo(A(p), 12)
  })

  it('caps at A(last breakpoint) so huge doses stay under the curve', () => {
    expect(absorptionLowerBound(5000)).toBeCloseTo(ABSORPTION_CAP, 12)
    expect(ABSORPTION_CAP).toBeLessThan(A(5000))
  })

  it('dropping chords that start beyond the largest possible event changes nothing below it', () => {
    for (const max of [0.3, 2, 7, 30]) {
      const few = secantsUpTo(max)
      expect(few.length).toBeLessThan(ABSORPTION_SECANTS.length)
      for (const d of grid(max, max / 200)) {
        const bound = Math.min(ABSORPTION_CAP, ...few.map((s) => s.slope * d + s.intercept))
        expect(bound).toBeCloseTo(absorptionLowerBound(d), 12)
      }
    }
  })
})
