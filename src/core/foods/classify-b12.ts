import type { B12Origin } from './food-groups'
import type { IngredientSignals } from './ingredient-keywords'
import type { B12Class, B12Info, B12Reason } from './types'

/**
 * Foods the reference (§3) does not count: their B12 is mostly inactive analogue or unreliable.
 * Matched on the food's head (the part of the name before the first comma), so "Mushrooms,
 * white, raw" is not counted but "Beef with mushroom sauce" is an animal food.
 */
const NOT_COUNTED: readonly (readonly [RegExp, B12Reason])[] = [
  [/^(spirulina|seaweed,? spirulina|chlorella)/, 'spirulina'],
  [/^(seaweed|nori|kelp|wakame|laver|agar|dulse|kombu|hijiki|irish ?moss|sea moss)\b/, 'seaweed'],
  [/^tempeh\b/, 'tempeh'],
  [/^miso\b/, 'miso'],
  [
    /^(mushrooms?|shiitake|portabell?as?|chanterelles?|morels?|enoki|maitake|truffles?)\b/,
    'mushroom',
  ],
  [/^(yeast|leavening agents?, yeast|nutritional yeast|brewer'?s yeast)\b/, 'yeast'],
]

/** Names that say the B12 in a mixed or processed food was added. */
const FORTIFIED_HINT =
  /\b(fortified|enhanced|b-?12|with added (?:calcium, )?vitamins?|vitamins? [a-z0-9, ]*added|formula|meal replacement|nutritional (?:drink|shake|beverage|supplement)|protein (?:shake|drink|powder)|energy drinks?|ensure|boost|slim-?fast|carnation instant breakfast|naked juice|smoothie)\b/

/** Why a food is not counted, or null. Exported for tests and the label screen. */
export function notCountedReason(name: string): B12Reason | null {
  const head = name.toLowerCase().split(',').slice(0, 2).join(',').trim()
  for (const [pattern, reason] of NOT_COUNTED) if (pattern.test(head)) return reason
  return null
}

export interface B12Input {
  name: string
  /** FNDDS computes "B12, added" for every food, so its 0 means none was added. */
  addedIsComplete: boolean
  b12Ug: number | null
  b12AddedUg: number | null
  origin: B12Origin
  signals: IngredientSignals
}

const clean = (value: number): number => Math.max(0, Math.round(value * 1e6) / 1e6)

/**
 * Splits B12 (µg per 100 g) into its food-bound and crystalline parts for a class.
 * fortified: the added part is crystalline, the rest (total − added) stays food-bound; when the
 * source gives no added value the whole total is crystalline. not_counted/plant_none: 0 and 0.
 * Differences are rounded to 1e-6 µg to drop floating-point noise, and never negative.
 */
export function b12Parts(
  cls: B12Class,
  b12Ug: number | null,
  b12AddedUg: number | null,
): { food: number; crystalline: number } {
  const total = b12Ug ?? 0
  if (cls === 'animal') return { food: clean(total), crystalline: 0 }
  if (cls !== 'fortified') return { food: 0, crystalline: 0 }
  const added = b12AddedUg !== null && b12AddedUg > 0 ? Math.min(b12AddedUg, total) : total
  return { food: clean(total - added), crystalline: clean(added) }
}

function classOf(input: B12Input): readonly [B12Class, B12Reason] {
  const { name, b12Ug, b12AddedUg, origin, signals } = input
  const notCounted = notCountedReason(name)
  const added = b12AddedUg !== null && b12AddedUg > 0
  if (notCounted !== null && !added) return ['not_counted', notCounted]
  const animalGroup = origin === 'animal' && !signals.veganMarker && !signals.vegetarianMarker
  const animal = animalGroup || signals.meat || signals.fish || signals.dairy || signals.egg
  if (added && (b12Ug ?? 0) > 0) return ['fortified', 'added_b12']
  if (b12Ug === null || b12Ug <= 0) {
    return [animal ? 'animal' : 'plant_none', b12Ug === null ? 'no_b12_value' : 'no_b12']
  }
  const lower = name.toLowerCase()
  if (animal && !/\bb-?12\b/.test(lower)) return ['animal', 'animal_origin']
  if (input.addedIsComplete && b12AddedUg === 0) return ['animal', 'mixed_presumed_animal']
  if (origin === 'plant' || animal) return ['fortified', 'plant_presumed_fortified']
  if (FORTIFIED_HINT.test(lower)) return ['fortified', 'fortified_hint']
  return ['animal', 'mixed_presumed_animal']
}

/**
 * B12 class of a catalogue food (µg per 100 g in, µg per 100 g out). Rules, in order:
 * 1. §3 "not counted" foods (spirulina, seaweeds, tempeh, miso, mushrooms, yeasts) unless the
 *    source gives added B12 > 0;
 * 2. added B12 > 0 → fortified (total − added stays food-bound);
 * 3. B12 0 or null → animal if animal origin, else plant_none (null is counted as 0);
 * 4. animal group or animal ingredient in the name → animal;
 * 5. FNDDS food with added = 0: B12 from ingredients the name does not list → food-bound;
 * 6. plant origin with B12 > 0 → fortified: plants make no B12, so what the source measured
 *    was added (SR lists most branded fortified foods with added = null, e.g. SILK soymilk);
 * 7. mixed foods: fortified when the name says so, otherwise presumed animal (protein-bound).
 */
export function classifyB12(input: B12Input): B12Info {
  const [cls, reason] = classOf(input)
  const parts = b12Parts(cls, input.b12Ug, input.b12AddedUg)
  return { class: cls, reason, foodUgPer100g: parts.food, crystallineUgPer100g: parts.crystalline }
}
