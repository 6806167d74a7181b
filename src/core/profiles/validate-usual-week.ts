/**
 * Checks a usual week as typed or as loaded (a stored row, a backup). A missing or null value is
 * "not described" (null), which is how rows saved before the question existed load. Never throws.
 */
import { numberProblemMessage, readNumber } from '../units'
import { MEAL_SLOTS, type MealSlot } from '../planning/types'
import {
  SUPPLEMENT_UG_RANGE,
  USUAL_FREQUENCIES,
  USUAL_SOURCES,
  type UsualAnswer,
  type UsualFrequency,
  type UsualWeek,
} from './usual-week'

export interface UsualWeekProblem {
  field: string
  message: string
}

type Obj = Record<string, unknown>
const isObj = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The field name of a source's answer, e.g. "usualWeek.eggs.slots". */
export const usualField = (source: string, part: 'frequency' | 'slots'): string =>
  `usualWeek.${source}.${part}`
export const SUPPLEMENT_UG_FIELD = 'usualWeek.supplementUg'

function checkAnswers(value: unknown, problems: UsualWeekProblem[]): UsualAnswer[] {
  if (!Array.isArray(value)) return []
  const seen = new Set<string>()
  return value.flatMap((item): UsualAnswer[] => {
    if (!isObj(item)) return []
    const source = USUAL_SOURCES.find((s) => s.id === item['source'])
    // Unknown sources (a newer backup) and repeats are dropped rather than failing the person.
    if (!source || seen.has(source.id)) return []
    seen.add(source.id)
    const frequency: UsualFrequency = USUAL_FREQUENCIES.includes(
      item['frequency'] as UsualFrequency,
    )
      ? (item['frequency'] as UsualFrequency)
      : 'never'
    const raw = Array.isArray(item['slots']) ? item['slots'] : []
    const slots = MEAL_SLOTS.filter((slot: MealSlot) => raw.includes(slot))
    if (frequency !== 'never' && slots.length === 0) {
      problems.push({
        field: usualField(source.id, 'slots'),
        message: `${source.label}: choose at least one meal it is had with.`,
      })
    }
    return [{ source: source.id, frequency, slots: frequency === 'never' ? [] : slots }]
  })
}

function checkDose(
  o: Obj,
  answers: readonly UsualAnswer[],
  problems: UsualWeekProblem[],
): number | null {
  const taken = answers.some((a) => a.source === 'b12_supplement' && a.frequency !== 'never')
  if (!taken) return null
  const [min, max] = SUPPLEMENT_UG_RANGE
  const label = 'The supplement’s B12'
  const raw = o['supplementUg']
  const parsed = readNumber(raw)
  if (!parsed.ok) {
    problems.push({
      field: SUPPLEMENT_UG_FIELD,
      message:
        parsed.problem === 'empty'
          ? 'Enter the µg of B12 in one tablet or spray, as its label gives it (for example 10, 250 or 1000).'
          : numberProblemMessage(label, parsed.problem, typeof raw === 'string' ? raw : ''),
    })
    return null
  }
  if (parsed.value < min || parsed.value > max) {
    problems.push({
      field: SUPPLEMENT_UG_FIELD,
      message: `${label} must be between ${min} and ${max} µg per tablet or spray, as its label gives it.`,
    })
    return null
  }
  return parsed.value
}

/** A clean usual week, null when none is described, and every problem found (field + message). */
export function checkUsualWeek(value: unknown): {
  value: UsualWeek | null
  problems: UsualWeekProblem[]
} {
  if (!isObj(value)) return { value: null, problems: [] }
  const problems: UsualWeekProblem[] = []
  const answers = checkAnswers(value['answers'], problems)
  const supplementUg = checkDose(value, answers, problems)
  return { value: { answers, supplementUg }, problems }
}
