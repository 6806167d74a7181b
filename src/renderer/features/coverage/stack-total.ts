import { formatUg, type B12Source } from '../../../core/coverage'

interface Row {
  topSource: B12Source | null
  intakeUg: number
}

/**
 * A LabelList dataKey that gives the stack's true total only on the segment drawn on top for that
 * row (null elsewhere), so each stack gets exactly one total label whatever its mix of sources.
 */
export function stackTotalKey(source: B12Source): (row: Row) => number | null {
  return (row) => (row.topSource === source && row.intakeUg > 0 ? row.intakeUg : null)
}

/** The label text: µg without the unit (the axis and legend say µg); empty for no value. */
export function ugLabel(value: unknown): string {
  return typeof value === 'number' && value > 0 ? formatUg(value).replace(' µg', '') : ''
}
