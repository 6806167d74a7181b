import { describe, expect, it } from 'vitest'
import {
  personSummary,
  unlistedMedicinesNote,
} from '../../../../../src/renderer/features/household/person-summary'
import { makePerson } from '../../../../fixtures/person'

const TODAY = '2026-11-20'
const usual = { answers: [], supplementUg: null }

describe('personSummary', () => {
  it.each([
    [makePerson({ ageYears: 72, diet: 'vegan' }), '72 years · Vegan'],
    [
      makePerson({ ageYears: 72, diet: 'vegan', usualWeek: usual }),
      '72 years · Vegan · usual week described',
    ],
    [makePerson({ ageYears: 0.5, diet: 'vegan', usualWeek: usual }), '6 months · Vegan'],
  ])('says whether a usual week is described (never for a baby): %#', (person, text) => {
    expect(personSummary(person, TODAY)).toBe(text)
  })

  it('names medicines that are not in the app’s list, never calling them harmless', () => {
    const person = makePerson({
      medications: [
        { text: 'Tizanidine', class: 'other', generic: null, brand: null, duration: null },
      ],
    })
    expect(unlistedMedicinesNote(person)).toBe(
      'Not in the app’s list — ask your pharmacist whether it affects B12: Tizanidine.',
    )
  })
})
