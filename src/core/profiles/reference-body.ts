/**
 * Typical body sizes used only when a person leaves weight or height empty: rounded 50th
 * percentiles (CDC growth charts for 2–19 y; adult medians from NHANES-style surveys), the mean
 * of both sexes for 'X'. The form says when a typical value is used, and the person can enter
 * their own.
 */
import type { Sex } from './person'

/** [age from, weight kg F, weight kg M, height cm F, height cm M] */
const TABLE: readonly (readonly [number, number, number, number, number])[] = [
  [0, 7, 7.5, 65, 67],
  [1, 10, 10.5, 76, 78],
  [2, 12, 12.5, 86, 88],
  [4, 16, 16.5, 102, 103],
  [6, 20, 21, 115, 116],
  [8, 25, 26, 127, 128],
  [10, 32, 32, 138, 138],
  [12, 41, 40, 151, 149],
  [14, 50, 51, 160, 164],
  [16, 54, 61, 162, 174],
  [18, 57, 67, 163, 176],
  [20, 62, 75, 162, 176],
]

function row(ageYears: number): readonly [number, number, number, number, number] {
  let chosen: readonly [number, number, number, number, number] = [0, 7, 7.5, 65, 67]
  for (const candidate of TABLE) if (ageYears >= candidate[0]) chosen = candidate
  return chosen
}

/** Typical weight in kg for an age and sex. */
export function typicalWeightKg(ageYears: number, sex: Sex): number {
  const [, f, m] = row(ageYears)
  return sex === 'F' ? f : sex === 'M' ? m : (f + m) / 2
}

/** Typical height in cm for an age and sex. */
export function typicalHeightCm(ageYears: number, sex: Sex): number {
  const [, , , f, m] = row(ageYears)
  return sex === 'F' ? f : sex === 'M' ? m : (f + m) / 2
}
