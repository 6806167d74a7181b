/**
 * Checks a person's details as typed, and either returns a clean Person or every problem with
 * a plain message naming the field. Never throws, whatever it is given (form input, a backup).
 */
import { DIETS, type Diet } from '../foods/types'
import { MEAL_SLOTS, type MealSlot } from '../planning/types'
import { numberProblemMessage, readNumber } from '../units'
import { ageOn } from './age'
import { ACTIVITY_LEVELS, type ActivityLevel } from './energy'
import { readMedicationDuration } from './medication-duration'
import { checkUsualWeek } from './validate-usual-week'
import { PERSON_LIMITS as L, WEEKDAYS, type Person, type Sex, type Weekday } from './person'

export interface PersonFieldError {
  field: string
  message: string
}

export type PersonResult = { ok: true; person: Person } | { ok: false; errors: PersonFieldError[] }

type Obj = Record<string, unknown>
const isObj = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

class Checker {
  readonly errors: PersonFieldError[] = []
  fail(field: string, message: string): void {
    this.errors.push({ field, message })
  }
  /** An optional number within [min, max]; NaN and out-of-range values are errors. */
  range(
    field: string,
    label: string,
    value: unknown,
    min: number,
    max: number,
    unit: string,
  ): number | null {
    const parsed = readNumber(value)
    if (!parsed.ok) {
      if (parsed.problem !== 'empty')
        this.fail(
          field,
          numberProblemMessage(label, parsed.problem, typeof value === 'string' ? value : ''),
        )
      return null
    }
    const n = parsed.value
    if (n < min || n > max) this.fail(field, `${label} must be between ${min} and ${max}${unit}.`)
    else return n
    return null
  }
  strings(field: string, label: string, value: unknown): string[] {
    if (value === undefined || value === null) return []
    if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
      this.fail(field, `${label} must be a list of words.`)
      return []
    }
    const items = value.map((item) => item.trim()).filter((item) => item.length > 0)
    if (items.length > L.listMax) this.fail(field, `${label}: at most ${L.listMax} entries.`)
    if (items.some((item) => item.length > L.listItemMax))
      this.fail(field, `${label}: each entry at most ${L.listItemMax} characters.`)
    return [...new Set(items)]
  }
}

function checkAge(
  c: Checker,
  o: Obj,
  today: string,
): { birthDate: string | null; ageYears: number | null } {
  const birthDate =
    typeof o['birthDate'] === 'string' && o['birthDate'].trim() !== ''
      ? o['birthDate'].trim()
      : null
  if (birthDate !== null) {
    const age = ageOn(birthDate, today)
    if (age === null)
      c.fail('birthDate', 'Enter a real date of birth that is not in the future (year-month-day).')
    else if (age > L.ageMax) c.fail('birthDate', `Age must be ${L.ageMax} years or less.`)
    return { birthDate, ageYears: null }
  }
  const ageYears = c.range('ageYears', 'Age', o['ageYears'], 0, L.ageMax, ' years')
  if (ageYears === null && !c.errors.some((e) => e.field === 'ageYears'))
    c.fail('ageYears', 'Enter an age or a date of birth.')
  return { birthDate: null, ageYears }
}

function checkMedications(c: Checker, value: unknown): Person['medications'] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) {
    c.fail('medications', 'Medicines must be a list.')
    return []
  }
  return value.flatMap((item, i) => {
    if (!isObj(item) || typeof item['text'] !== 'string' || item['text'].trim() === '') {
      c.fail(`medications.${i}`, 'Each medicine needs a name.')
      return []
    }
    const str = (key: string): string | null =>
      typeof item[key] === 'string' && item[key] !== '' ? (item[key] as string) : null
    const medicationClass = str('class') ?? 'other'
    const duration = readMedicationDuration(item, medicationClass, L.medicationYearsMax)
    return [
      {
        text: item['text'].trim(),
        class: medicationClass,
        generic: str('generic'),
        brand: str('brand'),
        duration,
      },
    ]
  })
}

function checkSupplements(c: Checker, value: unknown): Person['supplements'] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) {
    c.fail('supplements', 'Supplements must be a list.')
    return []
  }
  return value.flatMap((item, i) => {
    const field = `supplements.${i}`
    if (!isObj(item) || typeof item['foodId'] !== 'string' || typeof item['id'] !== 'string') {
      c.fail(field, 'Choose which supplement.')
      return []
    }
    const units = c.range(
      `${field}.units`,
      'How many each time',
      item['units'],
      L.supplementUnits[0],
      L.supplementUnits[1],
      '',
    )
    const slot = MEAL_SLOTS.includes(item['slot'] as MealSlot) ? (item['slot'] as MealSlot) : null
    if (!slot) c.fail(`${field}.slot`, 'Choose the meal it is taken with.')
    const days = Array.isArray(item['days'])
      ? item['days'].filter((d): d is Weekday => WEEKDAYS.includes(d as Weekday))
      : []
    if (days.length === 0) c.fail(`${field}.days`, 'Choose at least one day.')
    if (units === null || !slot || days.length === 0) return []
    return [
      {
        id: item['id'],
        foodId: item['foodId'] as Person['supplements'][number]['foodId'],
        units,
        slot,
        days: [...new Set(days)].sort(),
      },
    ]
  })
}

/** The usual week, its problems added to the checker's; a missing value (older rows) is null. */
function checkUsualWeekInto(c: Checker, value: unknown): Person['usualWeek'] {
  const checked = checkUsualWeek(value)
  for (const problem of checked.problems) c.fail(problem.field, problem.message)
  return checked.value
}

/**
 * Validates a person. `today` (YYYY-MM-DD) is used for a date of birth; `now` (ISO time) stamps
 * updatedAt (and createdAt for a new person).
 */
export function validatePerson(input: unknown, today: string, now: string): PersonResult {
  const c = new Checker()
  const o: Obj = isObj(input) ? input : {}
  const name = typeof o['name'] === 'string' ? o['name'].trim() : ''
  if (name === '') c.fail('name', 'Please enter a name (a first name or a nickname is fine).')
  if (name.length > L.nameMax)
    c.fail('name', `The name is too long (at most ${L.nameMax} characters).`)
  const id = typeof o['id'] === 'string' && o['id'].length > 0 ? o['id'] : ''
  if (id === '') c.fail('id', 'Internal error: the person has no id.')
  const { birthDate, ageYears } = checkAge(c, o, today)
  const sex: Sex | null = o['sex'] === 'F' || o['sex'] === 'M' || o['sex'] === 'X' ? o['sex'] : null
  if (!sex) c.fail('sex', 'Choose female, male or another answer.')
  const diet = DIETS.includes(o['diet'] as Diet) ? (o['diet'] as Diet) : null
  if (!diet) c.fail('diet', 'Choose a diet.')
  const activity = ACTIVITY_LEVELS.includes(o['activity'] as ActivityLevel)
    ? (o['activity'] as ActivityLevel)
    : 'low_active'
  const pregnant = o['pregnant'] === true
  const lactating = o['lactating'] === true
  if ((pregnant || lactating) && sex === 'M')
    c.fail('pregnant', 'Pregnancy and breastfeeding apply to women and people of another sex.')
  const trimester =
    o['pregnancyTrimester'] === 1 || o['pregnancyTrimester'] === 2 || o['pregnancyTrimester'] === 3
      ? o['pregnancyTrimester']
      : null
  const person = {
    id,
    name,
    birthDate,
    ageYears,
    sex: sex ?? 'X',
    pregnant,
    pregnancyTrimester: pregnant ? trimester : null,
    lactating,
    breastfedByUnsupplementedVeganMother: o['breastfedByUnsupplementedVeganMother'] === true,
    diet: diet ?? 'omnivore',
    weightKg: c.range('weightKg', 'Weight', o['weightKg'], L.weightKg[0], L.weightKg[1], ' kg'),
    heightCm: c.range('heightCm', 'Height', o['heightCm'], L.heightCm[0], L.heightCm[1], ' cm'),
    activity,
    calorieTargetKcal: c.range(
      'calorieTargetKcal',
      'Calorie target',
      o['calorieTargetKcal'],
      L.calorieKcal[0],
      L.calorieKcal[1],
      ' kcal',
    ),
    medications: checkMedications(c, o['medications']),
    conditions: c.strings('conditions', 'Conditions', o['conditions']),
    symptoms: c.strings('symptoms', 'Symptoms', o['symptoms']),
    folicAcidUgPerDay:
      c.range(
        'folicAcidUgPerDay',
        'Folic acid',
        o['folicAcidUgPerDay'],
        0,
        L.folicAcidUgMax,
        ' µg a day',
      ) ?? 0,
    dislikes: c.strings('dislikes', 'Dislikes', o['dislikes']),
    allergies: c.strings('allergies', 'Allergies', o['allergies']),
    supplements: checkSupplements(c, o['supplements']),
    usualWeek: checkUsualWeekInto(c, o['usualWeek']),
    createdAt: typeof o['createdAt'] === 'string' && o['createdAt'] !== '' ? o['createdAt'] : now,
    updatedAt: now,
  } as Person
  return c.errors.length > 0 ? { ok: false, errors: c.errors } : { ok: true, person }
}
