import { describe, expect, it } from 'vitest'
import { assessB12, medicationCounts } from '../../../../src/core/b12'
import {
  durationFromYears,
  durationPhrase,
  MEDICATION_DURATION_LABELS,
  MEDICATION_DURATIONS,
  readMedicationDuration,
  yearsOfUse,
  type MedicationDuration,
} from '../../../../src/core/profiles/medication-duration'
import type { PersonMedication } from '../../../../src/core/profiles/person'
import { assessmentInputFor, medicationUseFor } from '../../../../src/core/profiles/to-assessment'
import { validatePerson } from '../../../../src/core/profiles/validate-person'
import { makePerson } from '../../../fixtures/person'

const TODAY = '2026-11-21'
const NOW = '2026-11-21T12:00:00.000Z'

const nexium = (duration: MedicationDuration | null): PersonMedication => ({
  text: 'Nexium',
  class: 'ppi',
  generic: 'esomeprazole',
  brand: 'Nexium',
  duration,
})

describe('"For how long?" → the contract\'s years (§6a.4)', () => {
  it.each([
    ['under_1', 0.5, false],
    ['1_to_2', 1.5, true],
    ['over_2', 2, true],
    // §6a.4: a regular acid reducer with years not given counts as long-term.
    ['unknown', undefined, true],
  ] as const)('§6a.4 %s → years %s, counts: %s', (duration, years, counts) => {
    expect(yearsOfUse(duration)).toBe(years)
    const use = medicationUseFor(nexium(duration))
    expect(use).toEqual({
      class: 'ppi',
      generic: 'esomeprazole',
      brand: 'Nexium',
      ...(years === undefined ? {} : { years }),
    })
    expect(medicationCounts(use)).toBe(counts)
  })

  it('gives other classes no years (they count as current regular use)', () => {
    const use = medicationUseFor({
      text: 'Glucophage',
      class: 'metformin',
      generic: 'metformin',
      brand: null,
      duration: null,
    })
    expect(use).toEqual({ class: 'metformin', generic: 'metformin' })
    expect(medicationCounts(use)).toBe(true)
  })

  it.each([
    ['under_1', 'for under 1 year'],
    ['1_to_2', 'for 1–2 years'],
    ['over_2', 'for over 2 years'],
    ['unknown', null],
    [null, null],
  ] as const)('the summaries say %s as %j', (duration, phrase) => {
    expect(durationPhrase(duration)).toBe(phrase)
  })

  it('has a label for every choice, in the order the form asks', () => {
    expect(MEDICATION_DURATIONS.map((d) => MEDICATION_DURATION_LABELS[d])).toEqual([
      'Under 1 year',
      '1–2 years',
      'Over 2 years',
      'Not sure',
    ])
  })

  it.each([
    ['unknown', true],
    ['1_to_2', true],
    ['under_1', false],
  ] as const)(
    '§6a.4 a 60-year-old omnivore on Nexium, %s: MED_ACID_SUPPRESSANT raised: %s',
    (duration, raised) => {
      const person = makePerson({ ageYears: 60, diet: 'omnivore', medications: [nexium(duration)] })
      const result = assessB12(assessmentInputFor(person, null, TODAY))
      expect(result.riskReasons.includes('MED_ACID_SUPPRESSANT')).toBe(raised)
    },
  )
})

describe('reading a stored medicine: duration, rows saved with years, damaged values', () => {
  it.each([
    ['the answer itself', { duration: 'under_1' }, 'ppi', 'under_1'],
    ['an old row: 0.5 years', { years: 0.5 }, 'ppi', 'under_1'],
    ['an old row: 1 year', { years: 1 }, 'h2ra', '1_to_2'],
    ['an old row: 1.99 years', { years: 1.99 }, 'ppi', '1_to_2'],
    ['an old row: 2 years', { years: 2 }, 'ppi', 'over_2'],
    ['an old row: 30 years', { years: 30 }, 'ppi', 'over_2'],
    ['an old row typed with a decimal comma', { years: '0,5' }, 'ppi', 'under_1'],
    ['an old row with years left empty', { years: null }, 'ppi', 'unknown'],
    ['no answer at all', {}, 'ppi', 'unknown'],
    ['a damaged answer', { duration: 'forever' }, 'ppi', 'unknown'],
    ['negative years', { years: -2 }, 'ppi', 'unknown'],
    ['years beyond a lifetime', { years: 500 }, 'ppi', 'unknown'],
    ['years on a metformin row (no question for it)', { years: 5 }, 'metformin', null],
    ['a duration on an unrecognised medicine', { duration: 'over_2' }, 'other', null],
  ])('%s', (_name, item, medicationClass, expected) => {
    expect(readMedicationDuration(item, medicationClass, 100)).toBe(expected)
  })

  it.each([
    [0, 'under_1'],
    [0.99, 'under_1'],
    [1, '1_to_2'],
    [2, 'over_2'],
  ] as const)('durationFromYears(%s) = %s: the band keeps the ≥ 1 year rule', (years, band) => {
    expect(durationFromYears(years)).toBe(band)
    expect(medicationCounts({ class: 'ppi', years: yearsOfUse(band)! })).toBe(years >= 1)
  })

  it('loads a person saved with years of use, without an error', () => {
    const row = {
      ...makePerson(),
      medications: [
        { text: 'Losec', class: 'ppi', generic: 'omeprazole', brand: 'Losec', years: 3 },
        { text: 'Pepcid', class: 'h2ra', generic: 'famotidine', brand: 'Pepcid', years: -2 },
        {
          text: 'Glucophage',
          class: 'metformin',
          generic: 'metformin',
          brand: 'Glucophage',
          years: 4,
        },
        { text: 'Tizanidine', class: 'other', generic: null, brand: null, years: null },
      ],
    }
    const result = validatePerson(row, TODAY, NOW)
    expect(result.ok).toBe(true)
    expect(result.ok && result.person.medications.map((m) => [m.text, m.duration])).toEqual([
      ['Losec', 'over_2'],
      ['Pepcid', 'unknown'],
      ['Glucophage', null],
      ['Tizanidine', null],
    ])
    expect(result.ok && result.person.medications.every((m) => !('years' in m))).toBe(true)
  })
})
