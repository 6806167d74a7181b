/**
 * The usual-week questions as typed, and the conversions to what validatePerson checks and back.
 * A question left unanswered ('') is "not described": if every question is unanswered the usual
 * week is null (intake unknown, §6a.2); once any is answered, the unanswered ones count as never.
 */
import type { Diet } from '../../../core/foods/types'
import type { MealSlot } from '../../../core/planning/types'
import { ageOn } from '../../../core/profiles/age'
import { parseDecimal } from '../../../core/units'
import {
  USUAL_SOURCES,
  usualSourcesFor,
  type UsualFrequency,
  type UsualSourceId,
  type UsualWeek,
} from '../../../core/profiles/usual-week'

export interface UsualAnswerDraft {
  frequency: UsualFrequency | ''
  slots: MealSlot[]
}

export interface UsualWeekDraft {
  answers: Partial<Record<UsualSourceId, UsualAnswerDraft>>
  supplementUg: string
}

export const emptyUsualWeekDraft = (): UsualWeekDraft => ({ answers: {}, supplementUg: '' })

export function usualWeekDraftFrom(week: UsualWeek | null): UsualWeekDraft {
  if (!week) return emptyUsualWeekDraft()
  const answers: UsualWeekDraft['answers'] = {}
  for (const answer of week.answers)
    answers[answer.source] = { frequency: answer.frequency, slots: [...answer.slots] }
  return { answers, supplementUg: week.supplementUg === null ? '' : String(week.supplementUg) }
}

/**
 * What validatePerson receives: null when nothing is answered. Only the questions asked count: the
 * diet's sources, and the supplement question only when the profile lists no regular supplement
 * (those are counted already, asking again would count one tablet twice).
 */
export function usualWeekInput(
  draft: UsualWeekDraft,
  diet: Diet | '',
  asksSupplement: boolean,
): Record<string, unknown> | null {
  const asked = (diet === '' ? USUAL_SOURCES : usualSourcesFor(diet)).filter(
    (s) => asksSupplement || s.foodId !== null,
  )
  const answered = asked.flatMap((source) => {
    const answer = draft.answers[source.id]
    return answer && answer.frequency !== ''
      ? [
          {
            source: source.id,
            frequency: answer.frequency,
            slots: answer.frequency === 'never' ? [] : answer.slots,
          },
        ]
      : []
  })
  if (answered.length === 0) return null
  const takesSupplement = answered.some(
    (a) => a.source === 'b12_supplement' && a.frequency !== 'never',
  )
  return { answers: answered, supplementUg: takesSupplement ? draft.supplementUg : null }
}

/** The answer after choosing a frequency: the source's usual meals are ticked the first time. */
export function withFrequency(
  source: UsualSourceId,
  current: UsualAnswerDraft | undefined,
  frequency: UsualFrequency | '',
): UsualAnswerDraft {
  const slots = current?.slots ?? []
  const needsMeals = frequency !== '' && frequency !== 'never' && slots.length === 0
  const defaults = USUAL_SOURCES.find((s) => s.id === source)?.defaultSlots ?? []
  return { frequency, slots: needsMeals ? [...defaults] : slots }
}

/** True when the age typed so far is under 1 year: the usual week is not asked for babies (§6a.3). */
export function typedAgeUnderOne(
  typed: { ageMode: 'age' | 'birthDate'; ageYears: string; birthDate: string },
  today: string,
): boolean {
  if (typed.ageMode === 'birthDate') {
    const age = typed.birthDate ? ageOn(typed.birthDate, today) : null
    return age !== null && age < 1
  }
  const parsed = parseDecimal(typed.ageYears)
  return parsed.ok && parsed.value >= 0 && parsed.value < 1
}
