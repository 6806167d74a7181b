/**
 * Reads the day and meal back from an intake-pattern slot label ("breakfast (Monday)"), as
 * weekIntakePattern writes them.
 */
import { WEEKDAY_NAMES } from '../profiles/person'

export interface SlotParts {
  /** The meal part of the label, e.g. "breakfast". */
  meal: string
  /** Monday = 0 … Sunday = 6; null when the label names no weekday (a repeated event). */
  dayIndex: number | null
}

const LABEL = /^(.*) \(([A-Za-z]+)\)$/

/** Splits "breakfast (Monday)" into meal and weekday; a label without a weekday keeps it all as the meal. */
export function parseSlotLabel(label: string): SlotParts {
  const [, meal, weekday] = LABEL.exec(label) ?? []
  const day = weekday ? (WEEKDAY_NAMES as readonly string[]).indexOf(weekday) : -1
  if (meal === undefined || day < 0) return { meal: label, dayIndex: null }
  return { meal, dayIndex: day }
}
