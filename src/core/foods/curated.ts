import { dietFromDeclared, supplementName } from './declared'
import {
  AISLES,
  DIETS,
  foodId,
  type Aisle,
  type CobalaminForm,
  type Diet,
  type FoodRecord,
  type Per100g,
  type SupplementInfo,
  type SupplementUnit,
} from './types'

interface CuratedFoodEntry {
  slug: string
  name: string
  aka: string | null
  foodGroup: string
  diet: Diet
  aisle: Aisle
  per100g: Per100g
  portions: { label: string; grams: number }[]
  note: string
}

interface CuratedSupplementLine {
  form: CobalaminForm
  unit: SupplementUnit
  strengths: number[]
  schedule?: 'weekly'
}

const FORMS: readonly CobalaminForm[] = [
  'cyanocobalamin',
  'methylcobalamin',
  'hydroxocobalamin',
  'adenosylcobalamin',
]
const UNITS: readonly SupplementUnit[] = ['tablet', 'spray', 'lozenge', 'drop', 'capsule']
const SUPPLEMENT_NOTE =
  'Typical product, per unit. Take the µg per tablet or spray from your own label; some tablets contain lactose or gelatin.'

function check(ok: boolean, message: string): asserts ok {
  if (!ok) throw new Error(`curated-foods.json: ${message}`)
}

function foodEntry(e: CuratedFoodEntry): FoodRecord {
  check(typeof e.slug === 'string' && /^[a-z0-9-]+$/.test(e.slug), `bad slug ${String(e.slug)}`)
  check(typeof e.name === 'string' && e.name.length > 0, `${e.slug}: name`)
  check(DIETS.includes(e.diet) && AISLES.includes(e.aisle), `${e.slug}: diet or aisle`)
  check(
    typeof e.note === 'string' && e.note.length > 0,
    `${e.slug}: every curated food needs a note`,
  )
  const b12 = e.per100g.b12Ug ?? 0
  const added = e.per100g.b12AddedUg ?? 0
  check(b12 >= 0 && added >= 0 && added <= b12, `${e.slug}: B12 values`)
  check(
    e.portions.every((p) => typeof p.label === 'string' && p.grams > 0),
    `${e.slug}: portions`,
  )
  return {
    id: foodId(`curated:${e.slug}`),
    source: 'label-typical',
    sourceId: null,
    name: e.name,
    foodGroup: e.foodGroup,
    aka: e.aka,
    kind: 'food',
    per100g: { ...e.per100g },
    portions: e.portions.map((p) => ({ label: p.label, grams: p.grams })),
    b12: {
      class: added > 0 ? 'fortified' : b12 > 0 ? 'animal' : 'plant_none',
      reason: 'label',
      foodUgPer100g: b12 - added,
      crystallineUgPer100g: added,
    },
    diet: dietFromDeclared(e.diet),
    aisle: e.aisle,
    note: e.note,
    supplement: null,
  }
}

function supplementEntries(line: CuratedSupplementLine): FoodRecord[] {
  check(
    FORMS.includes(line.form) && UNITS.includes(line.unit),
    `supplement form/unit ${line.form}/${line.unit}`,
  )
  return line.strengths.map((ug) => {
    check(Number.isFinite(ug) && ug > 0, `supplement strength ${ug}`)
    const supplement: SupplementInfo = { ugPerUnit: ug, unit: line.unit, form: line.form }
    if (line.schedule) supplement.schedule = line.schedule
    const weekly = line.schedule ? 'weekly-' : ''
    return {
      id: foodId(`curated:b12-${weekly}${line.unit}-${ug}-${line.form}`),
      source: 'label-typical',
      sourceId: null,
      name: supplementName(supplement),
      foodGroup: 'Supplements',
      aka: `vitamin b12 supplement; cobalamin; ${line.unit === 'lozenge' ? 'sublingual; ' : ''}${line.form}`,
      kind: 'supplement',
      per100g: {
        energyKcal: null,
        proteinG: null,
        b12Ug: null,
        b12AddedUg: null,
        folateDfeUg: null,
        folicAcidUg: null,
      },
      portions: [],
      b12: { class: 'fortified', reason: 'supplement', foodUgPer100g: 0, crystallineUgPer100g: ug },
      diet: dietFromDeclared('vegan'),
      aisle: 'supplements',
      note: SUPPLEMENT_NOTE,
      supplement,
    }
  })
}

/**
 * Curated foods and supplements from resources/foods/curated-foods.json (already parsed).
 * Throws on a malformed entry (this runs at build time, where failing loudly is right).
 * Supplement lines expand into one entry per strength; B12 for those is µg per unit.
 */
export function curatedFoodsFromJson(json: unknown): FoodRecord[] {
  check(typeof json === 'object' && json !== null, 'not an object')
  const { foods, supplements } = json as {
    foods: CuratedFoodEntry[]
    supplements: CuratedSupplementLine[]
  }
  check(Array.isArray(foods) && Array.isArray(supplements), 'foods and supplements must be lists')
  const out = [...foods.map(foodEntry), ...supplements.flatMap(supplementEntries)]
  const ids = new Set(out.map((f) => f.id))
  check(ids.size === out.length, 'duplicate slugs')
  return out
}
