/**
 * The independent constraint checker. Written from the rules, not from the generator: it sums
 * ingredients itself, applies the reference's per-event absorption formula (via the B12 core)
 * and the requirement table, and lists every broken rule. Tests judge generated weeks with it,
 * never with the solver's own status.
 *
 * Rules: each food eaten is 'yes' for the person's diet; no allergen (the checker's own
 * allergen table, check-allergens.ts); daily energy within ±10 %
 * of target; protein ≥ 0.8 g/kg (1.0 from 65 y); Σ_events A(µg) ≥ 0.5 × RDA; for people who
 * need crystalline B12 (table below), Σ_events A(crystalline µg) ≥ half of that; the same
 * recipe ≤ 3 times a week per person; locked entries present unchanged; every meal filled.
 */
import { absorbedFromEvent, requirementFor } from '../b12'
import type { FoodRecord } from '../foods/types'
import { checkerAllergyHit } from './check-allergens'
import type { PlannerPerson } from './person'
import type { FoodLookup } from './recipe-nutrition'
import { scaledIngredients } from './recipe-scale'
import { MEAL_SLOTS, type MealSlot, type PlanEntry, type ProfileId, type Recipe } from './types'

export type ViolationCode =
  | 'UNKNOWN_ITEM'
  | 'DIET'
  | 'ALLERGY'
  | 'ENERGY_LOW'
  | 'ENERGY_HIGH'
  | 'PROTEIN_LOW'
  | 'B12_ABSORBED_LOW'
  | 'B12_CRYSTALLINE_LOW'
  | 'RECIPE_OVERUSED'
  | 'LOCKED_CHANGED'
  | 'MEAL_MISSING'

export interface Violation {
  code: ViolationCode
  profileId: ProfileId
  date?: string
  slot?: MealSlot
  detail: string
}

export interface CheckOptions {
  /** Entries that must appear unchanged. */
  locked?: readonly PlanEntry[]
  /** Days on which every person must have every meal. */
  dates?: readonly string[]
}

interface Totals {
  kcal: number
  protein: number
  ug: Record<MealSlot, number>
  cryst: Record<MealSlot, number>
}

const TOL = 1e-6

/*
 * Who needs crystalline B12, written out again from reference §5 rather than imported from the
 * B12 core the generator uses, so a rule dropped there shows up here as a broken week: over 50
 * (IOM), metformin, colchicine, a PPI or H2 blocker taken ≥ 1 year or for an unknown time
 * (§6a.4), atrophic gastritis, coeliac or Crohn's disease.
 */
const CRYSTALLINE_MEDICINES: readonly string[] = ['metformin', 'colchicine']
const ACID_REDUCERS: readonly string[] = ['ppi', 'h2ra']
const CRYSTALLINE_CONDITIONS: readonly string[] = [
  'atrophic_gastritis',
  'coeliac_disease',
  'crohns_disease',
]

function crystallineRule(p: PlannerPerson): boolean {
  const medicine = (p.medications ?? []).some(
    (m) =>
      CRYSTALLINE_MEDICINES.includes(m.class) ||
      (ACID_REDUCERS.includes(m.class) && (m.years === undefined || m.years >= 1)),
  )
  return (
    p.ageYears >= 51 ||
    medicine ||
    (p.conditions ?? []).some((c) => CRYSTALLINE_CONDITIONS.includes(c))
  )
}

/** Foods and grams (or supplement µg) in one entry; null when something is unknown. */
function contents(
  e: PlanEntry,
  recipes: ReadonlyMap<string, Recipe>,
  foods: FoodLookup,
): { food: FoodRecord; grams: number; units: number }[] | null {
  if (e.item.kind === 'recipe') {
    const r = recipes.get(e.item.recipeId)
    if (!r) return null
    const list = scaledIngredients(r, e.item.servings).map((i) => ({
      food: foods.get(i.foodId),
      grams: i.grams,
      units: 0,
    }))
    return list.every((x) => x.food)
      ? (list as { food: FoodRecord; grams: number; units: number }[])
      : null
  }
  const food = foods.get(e.item.foodId)
  if (!food) return null
  return e.item.kind === 'food'
    ? [{ food, grams: e.item.grams, units: 0 }]
    : [{ food, grams: 0, units: e.item.units }]
}

function add(t: Totals, slot: MealSlot, food: FoodRecord, grams: number, units: number): void {
  const k = grams / 100
  t.kcal += (food.per100g.energyKcal ?? 0) * k
  t.protein += (food.per100g.proteinG ?? 0) * k
  const cryst =
    food.kind === 'supplement'
      ? (food.supplement?.ugPerUnit ?? 0) * units
      : food.b12.crystallineUgPer100g * k
  t.ug[slot] += food.b12.foodUgPer100g * k + cryst
  t.cryst[slot] += cryst
}

function checkPersonDay(p: PlannerPerson, date: string, t: Totals, out: Violation[]): void {
  const v = (code: ViolationCode, detail: string) =>
    out.push({ code, profileId: p.id, date, detail })
  if (t.kcal < 0.9 * p.energyKcalPerDay - TOL)
    v('ENERGY_LOW', `${t.kcal.toFixed(0)} kcal < 90 % of ${p.energyKcalPerDay}`)
  if (t.kcal > 1.1 * p.energyKcalPerDay + TOL)
    v('ENERGY_HIGH', `${t.kcal.toFixed(0)} kcal > 110 % of ${p.energyKcalPerDay}`)
  const floor = (p.ageYears >= 65 ? 1.0 : 0.8) * p.weightKg
  if (t.protein < floor - TOL) v('PROTEIN_LOW', `${t.protein.toFixed(1)} g < ${floor.toFixed(1)} g`)
  const target =
    0.5 *
    requirementFor({
      ageYears: p.ageYears,
      pregnant: p.pregnant ?? false,
      lactating: p.lactating ?? false,
    }).rdaUg
  let absorbed = 0
  let crystalline = 0
  for (const s of MEAL_SLOTS) {
    const own = (p.supplements ?? []).filter((x) => x.slot === s).reduce((a, x) => a + x.ug, 0)
    absorbed += absorbedFromEvent(t.ug[s] + own)
    crystalline += absorbedFromEvent(t.cryst[s] + own)
  }
  if (absorbed < target - TOL) v('B12_ABSORBED_LOW', `${absorbed.toFixed(3)} µg < ${target} µg`)
  if (crystallineRule(p) && crystalline < target / 2 - TOL)
    v('B12_CRYSTALLINE_LOW', `${crystalline.toFixed(3)} µg < ${target / 2} µg`)
}

/**
 * Every rule the plan breaks, for each person (entries of unknown people are ignored).
 * Days are those with entries for the person, plus `options.dates`.
 */
export function checkWeek(
  plan: readonly PlanEntry[],
  people: readonly PlannerPerson[],
  recipes: readonly Recipe[],
  foods: FoodLookup,
  options: CheckOptions = {},
): Violation[] {
  const out: Violation[] = []
  const byId = new Map(recipes.map((r) => [r.id as string, r]))
  for (const p of people) {
    const mine = plan.filter((e) => e.profileId === p.id)
    const allergyOf = checkerAllergyHit(p.allergies ?? [])
    const days = new Map<string, Totals>()
    for (const d of options.dates ?? [])
      days.set(d, { kcal: 0, protein: 0, ug: zero(), cryst: zero() })
    const uses = new Map<string, number>()
    for (const e of mine) {
      const t = days.get(e.date) ?? { kcal: 0, protein: 0, ug: zero(), cryst: zero() }
      days.set(e.date, t)
      const items = contents(e, byId, foods)
      if (!items) {
        out.push({
          code: 'UNKNOWN_ITEM',
          profileId: p.id,
          date: e.date,
          slot: e.slot,
          detail: JSON.stringify(e.item),
        })
        continue
      }
      for (const { food, grams, units } of items) {
        if (food.diet[p.diet] !== 'yes')
          out.push({
            code: 'DIET',
            profileId: p.id,
            date: e.date,
            slot: e.slot,
            detail: `${food.id} is ${food.diet[p.diet]} for ${p.diet}`,
          })
        const allergy = allergyOf(food)
        if (allergy !== null)
          out.push({
            code: 'ALLERGY',
            profileId: p.id,
            date: e.date,
            slot: e.slot,
            detail: `${p.id} (allergy "${allergy}") has ${food.name} [${food.id}] at ${e.slot} on ${e.date}`,
          })
        add(t, e.slot, food, grams, units)
      }
      if (e.item.kind === 'recipe') uses.set(e.item.recipeId, (uses.get(e.item.recipeId) ?? 0) + 1)
    }
    for (const [date, t] of days) checkPersonDay(p, date, t, out)
    for (const [id, n] of uses)
      if (n > 3) out.push({ code: 'RECIPE_OVERUSED', profileId: p.id, detail: `${id} × ${n}` })
    for (const date of options.dates ?? []) {
      for (const slot of MEAL_SLOTS) {
        if (!mine.some((e) => e.date === date && e.slot === slot && e.item.kind !== 'supplement')) {
          out.push({ code: 'MEAL_MISSING', profileId: p.id, date, slot, detail: `${date} ${slot}` })
        }
      }
    }
  }
  for (const l of options.locked ?? []) {
    const same = plan.some(
      (e) =>
        e.id === l.id &&
        e.profileId === l.profileId &&
        e.date === l.date &&
        e.slot === l.slot &&
        JSON.stringify(e.item) === JSON.stringify(l.item),
    )
    if (!same)
      out.push({
        code: 'LOCKED_CHANGED',
        profileId: l.profileId,
        date: l.date,
        slot: l.slot,
        detail: l.id,
      })
  }
  return out
}

function zero(): Record<MealSlot, number> {
  return { breakfast: 0, lunch: 0, dinner: 0, snack: 0 }
}
