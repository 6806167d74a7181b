/**
 * The "Add a rule" form as data: a draft holds every field as typed (text for numbers), and
 * `ruleFromDraft` turns it into a household rule or field errors. Pure, so it is unit-tested
 * without a page.
 */
import type { WeekdayIndex } from '../../../core/dates'
import type { HouseholdRule, RuleType, RuleWeight } from '../../../core/planning/household-rules'
import type { MealSlot } from '../../../core/planning/types'

export interface RuleDraft {
  type: RuleType
  /** at-least / at-most: what is counted. */
  what: 'fish' | 'meat' | 'word'
  /** The recipe-name word (counted kind, dish on a day) or the food to avoid. */
  word: string
  count: string
  minutes: string
  slot: MealSlot | ''
  weekday: WeekdayIndex
  days: 'weekdays' | 'weekends'
  weight: RuleWeight
}

export const NEW_RULE_DRAFT: RuleDraft = {
  type: 'at-least',
  what: 'fish',
  word: '',
  count: '2',
  minutes: '20',
  slot: '',
  weekday: 4,
  days: 'weekdays',
  weight: 'nice',
}

/** The templates offered, in plain words. */
export const RULE_TEMPLATES: readonly { type: RuleType; label: string }[] = [
  { type: 'at-least', label: 'At least a number of meals a week' },
  { type: 'at-most', label: 'At most a number of meals a week' },
  { type: 'on-day', label: 'A dish on a day of the week' },
  { type: 'avoid', label: 'Avoid a food (at a meal, or at every meal)' },
  { type: 'max-prep', label: 'Quick meals (ready in a number of minutes)' },
]

export type RuleField = 'word' | 'count' | 'minutes'
export type RuleResult =
  { ok: true; rule: HouseholdRule } | { ok: false; field: RuleField; message: string }

const wholeIn = (text: string, min: number, max: number): number | null => {
  const n = Number(text.trim())
  return text.trim() !== '' && Number.isInteger(n) && n >= min && n <= max ? n : null
}

const WORD_MAX = 40

function wordOf(draft: RuleDraft, what: string): RuleResult | string {
  const word = draft.word.trim().replace(/\s+/g, ' ')
  if (word === '') return { ok: false, field: 'word', message: `Enter ${what}.` }
  if (word.length > WORD_MAX)
    return { ok: false, field: 'word', message: `Use up to ${WORD_MAX} letters.` }
  return word
}

/** The rule the draft describes, with `id`; or the first field to fix and why. */
export function ruleFromDraft(draft: RuleDraft, id: string): RuleResult {
  const base = { id, weight: draft.weight }
  const slot = draft.slot === '' ? {} : { slot: draft.slot }
  switch (draft.type) {
    case 'at-least':
    case 'at-most': {
      const min = draft.type === 'at-least' ? 1 : 0
      const count = wholeIn(draft.count, min, 28)
      if (count === null)
        return {
          ok: false,
          field: 'count',
          message: `Enter a whole number from ${min} to 28 (a week has 28 meals).`,
        }
      if (draft.what !== 'word')
        return {
          ok: true,
          rule: { ...base, type: draft.type, count, what: { kind: draft.what }, ...slot },
        }
      const word = wordOf(draft, 'a word from recipe names, such as pasta')
      if (typeof word !== 'string') return word
      return {
        ok: true,
        rule: { ...base, type: draft.type, count, what: { kind: 'word', word }, ...slot },
      }
    }
    case 'on-day': {
      const word = wordOf(draft, 'a word from recipe names, such as pizza')
      if (typeof word !== 'string') return word
      return { ok: true, rule: { ...base, type: 'on-day', word, weekday: draft.weekday, ...slot } }
    }
    case 'avoid': {
      const word = wordOf(draft, 'a food to avoid, such as soy')
      if (typeof word !== 'string') return word
      return { ok: true, rule: { ...base, type: 'avoid', avoid: word, ...slot } }
    }
    case 'max-prep': {
      const minutes = wholeIn(draft.minutes, 1, 600)
      if (minutes === null)
        return {
          ok: false,
          field: 'minutes',
          message: 'Enter a whole number of minutes, from 1 to 600.',
        }
      return { ok: true, rule: { ...base, type: 'max-prep', minutes, days: draft.days } }
    }
  }
}
