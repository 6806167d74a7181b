/**
 * The week's shared meals in a few sentences: per meal eaten together, on how many days everyone
 * shares one dish, who has a side with it, and who eats something else and why, with days
 * grouped ("Tuesday and Friday") instead of one line per meal.
 */
import { joinWords } from '../../../core/coverage/format'
import { weekdayName } from '../../../core/dates'
import type { Diet, FoodId } from '../../../core/foods/types'
import type { ApartReason, MealShare } from '../../../core/planning/meal-sharing'
import { MEAL_SIDES } from '../../../core/planning/meal-sides'
import { MEAL_SLOTS, type MealSlot } from '../../../core/planning/types'

export interface SharingPerson {
  id: string
  name: string
  diet: Diet
}

const MEAL: Readonly<Record<MealSlot, string>> = {
  breakfast: 'breakfast',
  lunch: 'lunch',
  dinner: 'dinner',
  snack: 'snack',
}

const DIET_WORD: Readonly<Record<Diet, string>> = {
  vegan: 'vegan',
  lacto_ovo_vegetarian: 'vegetarian',
  pescatarian: 'pescatarian',
  omnivore: '',
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

/** "Monday", "Tuesday and Friday", "every day" (of `total`). */
function days(dates: readonly string[], total: number): string {
  if (dates.length === total && total === 7) return 'every day'
  return `on ${joinWords([...dates].sort().map(weekdayName))}`
}

function sideWords(foodId: FoodId, foodName: (id: FoodId) => string): string {
  return MEAL_SIDES.find((s) => s.foodId === foodId)?.name ?? foodName(foodId).toLowerCase()
}

/** Group key and the clause after "X has a separate dinner". */
function reasonClause(
  r: ApartReason,
  who: SharingPerson,
  meal: string,
  name: (id: string) => SharingPerson | undefined,
): string {
  const others = (ids: readonly string[]) =>
    ids.map(name).filter((p): p is SharingPerson => p !== undefined)
  switch (r.kind) {
    case 'own-diet':
      return `: the shared ${meal} does not fit ${who.name}’s ${DIET_WORD[who.diet] || 'own'} diet`
    case 'own-allergy':
      return `: the shared ${meal} holds something ${who.name} is allergic to`
    case 'others-diet': {
      const list = others(r.profileIds)
      if (list.length === 1 && list[0])
        return `, which ${list[0].name}’s ${DIET_WORD[list[0].diet]} diet rules out`
      return `, which does not fit the diets of ${joinWords(list.map((p) => p.name))}`
    }
    case 'others-allergy':
      return `, which holds something ${joinWords(others(r.profileIds).map((p) => p.name))} ${r.profileIds.length === 1 ? 'is' : 'are'} allergic to`
    case 'own-needs':
      return ' that better suits their targets or preferences'
  }
}

/** The sentences for one meal eaten together over the week (empty when nothing to say). */
function mealSentences(
  slot: MealSlot,
  shares: readonly MealShare[],
  people: readonly SharingPerson[],
  foodName: (id: FoodId) => string,
): string[] {
  if (shares.length === 0) return []
  const meal = MEAL[slot]
  const byId = (id: string) => people.find((p) => p.id === id)
  const together = shares.filter((s) => s.apart.length === 0).length
  const out: string[] = [
    together === shares.length
      ? shares.length === 7
        ? `${capital(meal)} together every day.`
        : `${capital(meal)} together on all ${shares.length} planned days.`
      : together === 0
        ? `${capital(meal)}: no day this week with one dish for everyone.`
        : `${capital(meal)} together on ${together} of ${shares.length} days.`,
  ]
  // Sides, one sentence a person: "Sam has a side with it on Monday and Thursday (salmon, egg)."
  const sides = new Map<string, { dates: Set<string>; names: Set<string> }>()
  for (const s of shares)
    for (const x of s.sides) {
      const g = sides.get(x.profileId) ?? { dates: new Set(), names: new Set() }
      g.dates.add(s.date)
      g.names.add(sideWords(x.foodId, foodName))
      sides.set(x.profileId, g)
    }
  for (const [id, g] of sides) {
    const who = byId(id)
    if (who)
      out.push(
        `${who.name} has a side with it ${days([...g.dates], 7)} (${[...g.names].join(', ')}).`,
      )
  }
  // Apart for a diet or an allergy: "On Tuesday and Friday, Sam has a separate dinner, which
  // Ana's vegan diet rules out." Apart for their own needs: one sentence for everyone.
  const apart = new Map<string, { clause: string; who: SharingPerson; dates: string[] }>()
  const ownNeeds = new Map<SharingPerson, string[]>()
  for (const s of shares)
    for (const a of s.apart) {
      const who = byId(a.profileId)
      if (!who) continue
      if (a.reason.kind === 'own-needs') {
        ownNeeds.set(who, [...(ownNeeds.get(who) ?? []), s.date])
        continue
      }
      const clause = reasonClause(a.reason, who, meal, byId)
      const key = `${a.profileId}|${clause}`
      const g = apart.get(key) ?? { clause, who, dates: [] }
      g.dates.push(s.date)
      apart.set(key, g)
    }
  for (const g of apart.values())
    out.push(`${capital(days(g.dates, 7))}, ${g.who.name} has a separate ${meal}${g.clause}.`)
  const needs = [...ownNeeds]
  const [single] = needs
  if (needs.length === 1 && single)
    out.push(
      `${capital(days(single[1], 7))}, ${single[0].name} has a separate ${meal} that better suits their targets or preferences.`,
    )
  else if (needs.length > 1)
    out.push(
      `${joinWords(needs.map(([who, dates]) => `${who.name} (${joinWords([...dates].sort().map(weekdayName))})`))} have a separate ${meal} that better suits their own targets or preferences.`,
    )
  return out
}

/** A paragraph per meal eaten together (lunch before dinner), each a few sentences. */
export function sharingParagraphs(
  shares: readonly MealShare[],
  people: readonly SharingPerson[],
  foodName: (id: FoodId) => string,
): string[] {
  return MEAL_SLOTS.map((slot) =>
    mealSentences(
      slot,
      shares.filter((s) => s.slot === slot),
      people,
      foodName,
    ).join(' '),
  ).filter((text) => text !== '')
}
