/**
 * The household form's state: a person as typed (numbers as text), and the conversions to the
 * input validatePerson checks and back. Pure, unit-tested.
 */
import type { Diet } from '../../../core/foods/types'
import type { ActivityLevel } from '../../../core/profiles/energy'
import type { MedicationDuration } from '../../../core/profiles/medication-duration'
import type { Person, Sex, Weekday } from '../../../core/profiles/person'
import type { MealSlot } from '../../../core/planning/types'
import {
  emptyUsualWeekDraft,
  usualWeekDraftFrom,
  usualWeekInput,
  type UsualWeekDraft,
} from './usual-week-draft'

export interface MedicationDraft {
  key: string
  text: string
  class: string
  generic: string | null
  brand: string | null
  /** The acid-reducer answer (ppi, h2ra); null for classes the question is not asked for. */
  duration: MedicationDuration | null
}

export interface SupplementDraft {
  id: string
  foodId: string
  units: string
  slot: MealSlot
  days: Weekday[]
}

export interface PersonDraft {
  id: string
  createdAt: string
  name: string
  ageMode: 'age' | 'birthDate'
  ageYears: string
  birthDate: string
  sex: Sex | ''
  pregnant: boolean
  pregnancyTrimester: '' | '1' | '2' | '3'
  lactating: boolean
  breastfedByUnsupplementedVeganMother: boolean
  diet: Diet | ''
  weightKg: string
  heightCm: string
  activity: ActivityLevel
  calorieTargetKcal: string
  medications: MedicationDraft[]
  conditions: string[]
  symptoms: string[]
  folicAcidUgPerDay: string
  dislikes: string
  allergies: string
  supplements: SupplementDraft[]
  usualWeek: UsualWeekDraft
}

export function newDraft(id: string): PersonDraft {
  return {
    id,
    createdAt: '',
    name: '',
    ageMode: 'age',
    ageYears: '',
    birthDate: '',
    sex: '',
    pregnant: false,
    pregnancyTrimester: '',
    lactating: false,
    breastfedByUnsupplementedVeganMother: false,
    diet: '',
    weightKg: '',
    heightCm: '',
    activity: 'low_active',
    calorieTargetKcal: '',
    medications: [],
    conditions: [],
    symptoms: [],
    folicAcidUgPerDay: '',
    dislikes: '',
    allergies: '',
    supplements: [],
    usualWeek: emptyUsualWeekDraft(),
  }
}

const text = (value: number | null): string => (value === null ? '' : String(value))

export function draftFromPerson(person: Person): PersonDraft {
  return {
    id: person.id,
    createdAt: person.createdAt,
    name: person.name,
    ageMode: person.birthDate ? 'birthDate' : 'age',
    ageYears: text(person.ageYears),
    birthDate: person.birthDate ?? '',
    sex: person.sex,
    pregnant: person.pregnant,
    pregnancyTrimester: person.pregnancyTrimester
      ? (String(person.pregnancyTrimester) as '1' | '2' | '3')
      : '',
    lactating: person.lactating,
    breastfedByUnsupplementedVeganMother: person.breastfedByUnsupplementedVeganMother,
    diet: person.diet,
    weightKg: text(person.weightKg),
    heightCm: text(person.heightCm),
    activity: person.activity,
    calorieTargetKcal: text(person.calorieTargetKcal),
    medications: person.medications.map((m, i) => ({ key: `m${i}`, ...m })),
    conditions: [...person.conditions],
    symptoms: [...person.symptoms],
    folicAcidUgPerDay: person.folicAcidUgPerDay === 0 ? '' : String(person.folicAcidUgPerDay),
    dislikes: person.dislikes.join(', '),
    allergies: person.allergies.join(', '),
    supplements: person.supplements.map((s) => ({ ...s, units: String(s.units) })),
    usualWeek: usualWeekDraftFrom(person.usualWeek),
  }
}

const list = (value: string): string[] =>
  value
    .split(/[,;\n]/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0)

/** What validatePerson receives for this draft. Empty optional numbers become null. */
export function inputFromDraft(draft: PersonDraft): Record<string, unknown> {
  const optional = (value: string): string | null => (value.trim() === '' ? null : value)
  return {
    id: draft.id,
    createdAt: draft.createdAt,
    name: draft.name,
    birthDate: draft.ageMode === 'birthDate' ? draft.birthDate : null,
    ageYears: draft.ageMode === 'age' ? optional(draft.ageYears) : null,
    sex: draft.sex,
    pregnant: draft.pregnant,
    pregnancyTrimester: draft.pregnancyTrimester === '' ? null : Number(draft.pregnancyTrimester),
    lactating: draft.lactating,
    breastfedByUnsupplementedVeganMother: draft.breastfedByUnsupplementedVeganMother,
    diet: draft.diet,
    weightKg: optional(draft.weightKg),
    heightCm: optional(draft.heightCm),
    activity: draft.activity,
    calorieTargetKcal: optional(draft.calorieTargetKcal),
    medications: draft.medications.map((m) => ({
      text: m.text,
      class: m.class,
      generic: m.generic,
      brand: m.brand,
      duration: m.duration,
    })),
    conditions: draft.conditions,
    symptoms: draft.symptoms,
    folicAcidUgPerDay: optional(draft.folicAcidUgPerDay) ?? 0,
    dislikes: list(draft.dislikes),
    allergies: list(draft.allergies),
    supplements: draft.supplements.map((s) => ({ ...s, units: s.units })),
    usualWeek: usualWeekInput(draft.usualWeek, draft.diet, draft.supplements.length === 0),
  }
}
