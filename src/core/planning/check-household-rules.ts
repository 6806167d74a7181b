/**
 * After a week is generated: which household rules it keeps for each person, and which it
 * breaks, with numbers ("fish or seafood at 1 of the 2 meals asked for"), plus the variety rule
 * (a recipe more than VARIETY_MAX_USES times in a person's week). Rules are soft, so nothing here
 * is an error: it is what the page tells the household. A rule a person's diet cannot keep (fish
 * for a vegetarian), or that no recipe they may eat can keep, is listed as not for them.
 */
import { weekdayIndex } from '../dates'
import type { Diet } from '../foods/types'
import { type HouseholdRule, ruleCovers, ruleFitsDiet, ruleTest } from './household-rules'
import { plansMealsFor, type PlannerPerson } from './person'
import { recipeFacts, type RecipeFacts } from './recipe-facts'
import type { FoodLookup } from './recipe-nutrition'
import { personRules } from './scoring'
import { MEAL_SLOTS, type PlanEntry, type ProfileId, type Recipe, type RecipeId } from './types'
import { weekVariety } from './week-variety'

export type RuleMiss =
  | {
      kind: 'rule'
      profileId: ProfileId
      rule: HouseholdRule
      /** Meals that count for the rule (at least / at most / on a day) or break it (avoid, ready in). */
      have: number
      /** What the rule asks: its count (at least, at most), 1 (on a day) or 0 (avoid, ready in). */
      asked: number
      /** The days of the meals in `have`, in order, each once. */
      dates: string[]
      /** Ready-in rules: the longest preparation among the meals that take longer, minutes. */
      longestMinutes?: number
    }
  | {
      kind: 'variety'
      profileId: ProfileId
      /** Recipes planned more than VARIETY_MAX_USES times, most first. */
      overused: { recipeId: RecipeId; name: string; uses: number }[]
    }

export interface RuleNotApplied {
  profileId: ProfileId
  rule: HouseholdRule
  diet: Diet
  /** 'diet': the diet has no fish (or meat); 'no-recipe': no recipe they may eat has it there. */
  reason: 'diet' | 'no-recipe'
}

export interface RuleReport {
  /** Broken rules and variety, per person in the order given, rules in the order given. */
  misses: RuleMiss[]
  notApplied: RuleNotApplied[]
}

export interface RuleCheckInput {
  entries: readonly PlanEntry[]
  people: readonly PlannerPerson[]
  recipes: readonly Recipe[]
  foods: FoodLookup
  rules: readonly HouseholdRule[]
  /** The week's dates, in order. */
  dates: readonly string[]
}

interface Meal {
  date: string
  slot: PlanEntry['slot']
  facts: RecipeFacts
}

/** Whether some recipe the person may eat can keep an "at least" or "on a day" rule. */
function canKeep(
  rule: HouseholdRule,
  person: PlannerPerson,
  facts: Iterable<RecipeFacts>,
): boolean {
  if (rule.type !== 'at-least' && rule.type !== 'on-day') return true
  const allowed = personRules(person).allowed
  const test = ruleTest(rule)
  for (const f of facts)
    if (allowed(f) && test(f) && (rule.slot === undefined || f.recipe.slots.includes(rule.slot)))
      return true
  return false
}

/** Counts for one rule over one person's meals; null when the rule holds. */
function judge(
  rule: HouseholdRule,
  meals: readonly Meal[],
  dates: readonly string[],
): Omit<Extract<RuleMiss, { kind: 'rule' }>, 'kind' | 'profileId' | 'rule'> | null {
  const test = ruleTest(rule)
  const hits = meals.filter((m) => ruleCovers(rule, m.date, m.slot) && test(m.facts))
  const days = [...new Set(hits.map((m) => m.date))].sort()
  const have = hits.length
  switch (rule.type) {
    case 'at-least':
      return have < rule.count ? { have, asked: rule.count, dates: days } : null
    case 'at-most':
      return have > rule.count ? { have, asked: rule.count, dates: days } : null
    case 'on-day':
      // Only when the dates checked hold that day of the week.
      return have === 0 && dates.some((d) => weekdayIndex(d) === rule.weekday)
        ? { have, asked: 1, dates: days }
        : null
    case 'avoid':
      return have > 0 ? { have, asked: 0, dates: days } : null
    case 'max-prep':
      return have > 0
        ? {
            have,
            asked: 0,
            dates: days,
            longestMinutes: Math.max(...hits.map((m) => m.facts.recipe.prepMinutes)),
          }
        : null
  }
}

function mealsOf(
  entries: readonly PlanEntry[],
  id: ProfileId,
  dates: readonly string[],
  facts: ReadonlyMap<RecipeId, RecipeFacts>,
): Meal[] {
  const out: Meal[] = []
  for (const e of entries) {
    if (e.profileId !== id || e.item.kind !== 'recipe' || !dates.includes(e.date)) continue
    const f = facts.get(e.item.recipeId)
    if (f) out.push({ date: e.date, slot: e.slot, facts: f })
  }
  return out.sort(
    (a, b) =>
      (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
      MEAL_SLOTS.indexOf(a.slot) - MEAL_SLOTS.indexOf(b.slot),
  )
}

/**
 * Checks a finished week against the household rules and the variety aim, per planned person
 * (babies under 1 are not planned for and not checked). No rules and a varied week: empty lists.
 */
export function checkHouseholdRules(input: RuleCheckInput): RuleReport {
  const facts = recipeFacts(input.recipes, input.foods)
  const report: RuleReport = { misses: [], notApplied: [] }
  for (const person of input.people.filter(plansMealsFor)) {
    const meals = mealsOf(input.entries, person.id, input.dates, facts)
    for (const rule of input.rules) {
      const base = { profileId: person.id, rule, diet: person.diet }
      if (!ruleFitsDiet(rule, person.diet)) report.notApplied.push({ ...base, reason: 'diet' })
      else if (!canKeep(rule, person, facts.values()))
        report.notApplied.push({ ...base, reason: 'no-recipe' })
      else {
        const miss = judge(rule, meals, input.dates)
        if (miss) report.misses.push({ kind: 'rule', profileId: person.id, rule, ...miss })
      }
    }
    const entries = input.entries.filter((e) => input.dates.includes(e.date))
    const overused = weekVariety(entries, person.id).overused
    if (overused.length > 0)
      report.misses.push({
        kind: 'variety',
        profileId: person.id,
        overused: overused.map((o) => ({
          ...o,
          name: facts.get(o.recipeId)?.recipe.name ?? 'A recipe',
        })),
      })
  }
  return report
}
