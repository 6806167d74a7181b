/**
 * The per-event absorption model of rule base v1, §2 (a Policy of the app built on IOM ch. 9):
 *
 *     A(d) = IF_CAP · d / (d + K) + PASSIVE · d
 *
 * The first term is the intrinsic-factor route, which saturates per eating event; the second is
 * passive diffusion of about 1 % of any dose, which works even without intrinsic factor.
 */
import { micrograms, type Micrograms } from '../units'
import { checkMicrograms } from './validate'

/** Saturation of the intrinsic-factor route per eating event, µg (low end of IOM/WAT range). */
export const IF_CAP = 1.5 as Micrograms
/** Half-saturation dose, µg: fitted so A(1) ≈ 0.57 µg (ODS: ~56 % of 1 µg). */
export const K = 1.7 as Micrograms
/** Fraction of any dose absorbed by passive diffusion (IOM Table 9-2, Berlin 1968). */
export const PASSIVE = 0.01

/**
 * µg of B12 absorbed from one eating event holding `ug` µg in total (food + crystalline), with
 * intact intrinsic factor. A(0) = 0; increasing in `ug`; the absorbed fraction A(d)/d falls.
 * E.g. A(1) ≈ 0.566, A(2.4) ≈ 0.902, A(1000) ≈ 11.50.
 * @throws B12InputError (field `ug`) when `ug` is negative, NaN or infinite.
 */
export function absorbedFromEvent(ug: number): Micrograms {
  checkMicrograms(ug)
  return absorbedUnchecked(ug)
}

/** A(d) for an amount already validated (finite, >= 0): the per-event hot path. */
export function absorbedUnchecked(ug: number): Micrograms {
  return micrograms((IF_CAP * ug) / (ug + K) + PASSIVE * ug)
}
