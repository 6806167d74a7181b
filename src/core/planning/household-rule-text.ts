/**
 * Household rules in plain words: "Fish or seafood at least twice a week", "Meat at dinner at
 * most 3 times a week", "Pizza on Friday", "No soy at breakfast", "Ready in 20 minutes or less on
 * weekdays". Written from the rule's fields; nothing is parsed back.
 */
import { joinWords } from '../coverage/format'
import { WEEKDAY_NAMES, weekdayName } from '../dates'
import type { Diet } from '../foods/types'
import type { RuleMiss, RuleNotApplied } from './check-household-rules'
import type { HouseholdRule, MealKind, RuleWeight } from './household-rules'
import type { MealSlot } from './types'

/** "once", "twice", "3 times". */
export function timesWord(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`
}

/** "Fish or seafood", "Meat", or the rule's word as typed, first letter capitalised. */
export function kindLabel(what: MealKind): string {
  if (what.kind === 'fish') return 'Fish or seafood'
  if (what.kind === 'meat') return 'Meat'
  const w = what.word.trim()
  return w.charAt(0).toUpperCase() + w.slice(1)
}

const lower = (s: string): string => (s.startsWith('Fish') || s === 'Meat' ? s.toLowerCase() : s)

/** The rule as a short sentence without its weight. */
export function ruleText(rule: HouseholdRule): string {
  const at = 'slot' in rule && rule.slot ? ` at ${rule.slot}` : ''
  switch (rule.type) {
    case 'at-least':
      return `${kindLabel(rule.what)}${at} at least ${timesWord(rule.count)} a week`
    case 'at-most':
      return `${kindLabel(rule.what)}${at} at most ${timesWord(rule.count)} a week`
    case 'on-day':
      return `${kindLabel({ kind: 'word', word: rule.word })} on ${WEEKDAY_NAMES[rule.weekday]}${at}`
    case 'avoid':
      return `No ${rule.avoid.trim()}${at || ' at any meal'}`
    case 'max-prep':
      return `Ready in ${rule.minutes} minutes or less on ${rule.days}`
  }
}

export const WEIGHT_LABELS: Readonly<Record<RuleWeight, string>> = {
  nice: 'nice to have',
  important: 'important',
}

/** What the rule counts in a person's week, lower case ("fish or seafood", "pizza"). */
export function ruleSubject(rule: HouseholdRule): string {
  switch (rule.type) {
    case 'at-least':
    case 'at-most':
      return lower(kindLabel(rule.what))
    case 'on-day':
      return rule.word.trim()
    case 'avoid':
      return rule.avoid.trim()
    case 'max-prep':
      return `longer than ${rule.minutes} minutes`
  }
}

const DIET_WORDS: Readonly<Record<Diet, string>> = {
  vegan: 'a vegan diet',
  lacto_ovo_vegetarian: 'a vegetarian diet',
  pescatarian: 'a pescatarian diet',
  omnivore: 'their diet',
}

/** "1 meal", "2 dinners". */
function meals(n: number, slot: MealSlot | undefined): string {
  const noun = slot ?? 'meal'
  return `${n} ${n === 1 ? noun : `${noun}s`}`
}

/** "on Monday", "on Monday and Thursday". */
const onDays = (dates: readonly string[]): string =>
  dates.length === 0 ? '' : ` (${joinWords(dates.map(weekdayName))})`

/** The sentence for a broken rule or an over-used recipe, for the person called `name`. */
export function ruleMissText(miss: RuleMiss, name: string): string {
  if (miss.kind === 'variety') {
    const items = miss.overused.map((o) => `${o.name} ${timesWord(o.uses)}`)
    return `Variety: ${name}'s week has ${joinWords(items)}; the aim is each recipe at most twice a week.`
  }
  const rule = miss.rule
  const head = `${ruleText(rule)} (${WEIGHT_LABELS[rule.weight]})`
  const slot = 'slot' in rule ? rule.slot : undefined
  switch (rule.type) {
    case 'at-least':
      return `${head}: ${name}'s week has ${ruleSubject(rule)} at ${miss.have} of the ${meals(miss.asked, slot)} asked for${onDays(miss.dates)}.`
    case 'at-most':
      return `${head}: ${name}'s week has ${ruleSubject(rule)} at ${meals(miss.have, slot)}${onDays(miss.dates)}, ${miss.have - miss.asked} more than asked.`
    case 'on-day':
      return `${head}: ${name}'s week has no ${ruleSubject(rule)} on ${WEEKDAY_NAMES[rule.weekday]}${slot ? ` at ${slot}` : ''}.`
    case 'avoid':
      return `${head}: ${name}'s week has ${ruleSubject(rule)} at ${meals(miss.have, slot)}${onDays(miss.dates)}.`
    case 'max-prep':
      return `${head}: ${miss.have} of ${name}'s meals on ${rule.days} take longer${onDays(miss.dates)}, up to ${miss.longestMinutes ?? rule.minutes} minutes.`
  }
}

/** Why a rule was not used for a person: their diet, or no recipe they may eat. */
export function notAppliedText(n: RuleNotApplied, name: string): string {
  const rule = ruleText(n.rule)
  if (n.reason === 'diet')
    return `${rule} is not for ${name}: ${DIET_WORDS[n.diet]} has no ${ruleSubject(n.rule)}.`
  return `${rule} could not be kept for ${name}: no recipe in the library with ${ruleSubject(n.rule)} fits ${name}'s diet and allergies${'slot' in n.rule && n.rule.slot ? ` at ${n.rule.slot}` : ''}.`
}
