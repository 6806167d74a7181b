/**
 * The sentence a person reads for one shortfall, written from its fields. Calm and plain: it
 * says what the recipes could not give, the target, what the planned meals give, and what would
 * help; it names no dose (reference §6a.6), so a B12 sentence ends by pointing to the person (the
 * page adds the link to their Advice).
 */
import { formatUg, joinWords } from '../coverage/format'
import { weekdayName } from '../dates'
import type { Diet } from '../foods/types'
import type { Shortfall } from './shortfalls'

/** Which recipes were searched; an omnivore's are simply all of them. */
const RECIPES: Readonly<Record<Diet, string>> = {
  vegan: 'the vegan recipes in the library',
  lacto_ovo_vegetarian: 'the vegetarian recipes in the library',
  pescatarian: 'the pescatarian recipes in the library',
  omnivore: 'the recipes in the library',
}

const NO_RECIPE: Readonly<Record<Diet, string>> = {
  vegan: 'no vegan recipe in the library',
  lacto_ovo_vegetarian: 'no vegetarian recipe in the library',
  pescatarian: 'no pescatarian recipe in the library',
  omnivore: 'no recipe in the library',
}

/** A whole number with the app's thousands separator: 1450.4 → "1,450". */
export function formatWhole(n: number): string {
  return Math.round(n).toLocaleString('en')
}

const formatUgNumber = (ug: number): string => formatUg(ug).replace(/\s*µg$/, '')

/** "1,450–1,600 kcal", or "1,450 kcal" when both ends read the same. */
function formatRange(min: number, max: number, unit: string): string {
  const format = unit === 'µg' ? formatUgNumber : formatWhole
  const low = format(min)
  const high = format(max)
  return low === high ? `${low} ${unit}` : `${low}–${high} ${unit}`
}

/** "Every day", "On Tuesday", "On Tuesday, Wednesday and Friday". */
export function daysPhrase(s: Pick<Shortfall, 'dates' | 'everyDay'>): string {
  if (s.everyDay) return 'Every day'
  return `On ${joinWords(s.dates.map(weekdayName))}`
}

const B12_NEXT = 'What can close this gap depends on the person.'

/**
 * The shortfall as one or two sentences for `name`, e.g. "On Tuesday and Friday, the vegan
 * recipes in the library could not give Ana enough energy: the target is at least 1,800 kcal a
 * day; the planned meals give 1,450–1,600 kcal. Adding recipes, or larger servings by hand,
 * may help."
 */
export function shortfallText(s: Shortfall, name: string): string {
  const days = daysPhrase(s)
  const recipes = RECIPES[s.diet]
  const gave = formatRange(s.achieved.min, s.achieved.max, s.unit)
  const target = s.unit === 'µg' ? formatUg(s.target) : `${formatWhole(s.target)} ${s.unit}`
  switch (s.code) {
    case 'ENERGY_LOW':
      return `${days}, ${recipes} could not give ${name} enough energy: the target is at least ${target} a day; the planned meals give ${gave}. Adding recipes, or larger servings by hand, may help.`
    case 'ENERGY_HIGH':
      return `${days}, ${recipes} could not keep ${name}'s meals within the energy target: the target is at most ${target} a day; the planned meals give ${gave}. Adding lighter recipes may help.`
    case 'PROTEIN_LOW':
      return `${days}, ${recipes} could not give ${name} enough protein: the target is at least ${target} a day; the planned meals give ${gave}. Adding recipes with more protein may help.`
    case 'B12_ABSORBED_SHORT':
      return `${days}, ${recipes} could not give ${name} enough B12: the target is ${target} absorbed a day; the planned meals give an estimated ${gave}. ${B12_NEXT}`
    case 'B12_CRYSTALLINE_SHORT':
      return `${days}, ${recipes} could not give ${name} enough B12 from fortified foods or supplements: the target is ${target} absorbed a day from them; the planned meals give an estimated ${gave}. ${B12_NEXT}`
    case 'NO_RECIPES':
      return `${days}, ${NO_RECIPE[s.diet]} fits ${name}'s ${s.slot ?? 'meal'} (diet, allergies or the weekly limit on repeats leave none), so that meal is left empty. Adding recipes may help.`
  }
}
