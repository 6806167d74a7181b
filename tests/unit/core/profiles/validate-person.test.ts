import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validatePerson } from '../../../../src/core/profiles/validate-person'
import { makePerson } from '../../../fixtures/person'

const TODAY = '2026-11-21'
const NOW = '2026-11-21T12:00:00.000Z'

describe('validatePerson', () => {
  it('accepts a complete person and stamps updatedAt', () => {
    const result = validatePerson(makePerson(), TODAY, NOW)
    expect(result.ok).toBe(true)
    if (result.ok) {
      expect(result.person.updatedAt).toBe(NOW)
      expect(result.person.createdAt).toBe('2026-11-21T10:00:00.000Z')
    }
  })

  it('accepts numbers typed as text, and trims names', () => {
    const result = validatePerson(
      { ...makePerson(), name: '  Rosa ', ageYears: '72', weightKg: '60.5' },
      TODAY,
      NOW,
    )
    expect(result.ok && result.person).toMatchObject({ name: 'Rosa', ageYears: 72, weightKg: 60.5 })
  })

  it('reads a decimal comma in every number field: "70,5" kg, "162,5" cm, "400,5" µg, "0,5" years', () => {
    const result = validatePerson(
      {
        ...makePerson(),
        weightKg: '70,5',
        heightCm: '162,5',
        folicAcidUgPerDay: '400,5',
        ageYears: '0,5',
      },
      TODAY,
      NOW,
    )
    expect(result.ok && result.person).toMatchObject({
      weightKg: 70.5,
      heightCm: 162.5,
      folicAcidUgPerDay: 400.5,
      ageYears: 0.5,
    })
  })

  it.each([
    ['name', { name: '   ' }, 'Please enter a name'],
    ['ageYears', { ageYears: 130 }, 'Age must be between 0 and 120 years.'],
    [
      'ageYears',
      { ageYears: 'old' },
      'Age must be a number, written in digits (a decimal comma is fine).',
    ],
    ['ageYears', { ageYears: null, birthDate: null }, 'Enter an age or a date of birth.'],
    ['birthDate', { birthDate: '2030-01-01' }, 'Enter a real date of birth'],
    ['birthDate', { birthDate: '1890-01-01' }, 'Age must be 120 years or less.'],
    ['weightKg', { weightKg: -4 }, 'Weight must be between 2 and 400 kg.'],
    ['heightCm', { heightCm: 900 }, 'Height must be between 40 and 250 cm.'],
    [
      'calorieTargetKcal',
      { calorieTargetKcal: 100 },
      'Calorie target must be between 500 and 6000 kcal.',
    ],
    [
      'folicAcidUgPerDay',
      { folicAcidUgPerDay: -1 },
      'Folic acid must be between 0 and 50000 µg a day.',
    ],
    [
      'folicAcidUgPerDay',
      { folicAcidUgPerDay: Number.NaN },
      'Folic acid must be a number, written in digits (a decimal comma is fine).',
    ],
    ['pregnant', { sex: 'M', pregnant: true }, 'Pregnancy and breastfeeding'],
    [
      'supplements.0.units',
      { supplements: [{ id: 's', foodId: 'curated:x', units: 50, slot: 'breakfast', days: [0] }] },
      'How many each time',
    ],
    [
      'supplements.0.days',
      { supplements: [{ id: 's', foodId: 'curated:x', units: 1, slot: 'breakfast', days: [] }] },
      'at least one day',
    ],
    ['sex', { sex: 'female' }, 'Choose female, male'],
  ])('refuses a bad %s with a clear message', (field, change, message) => {
    const result = validatePerson({ ...makePerson(), ...change }, TODAY, NOW)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      const error = result.errors.find((candidate) => candidate.field === field)
      expect(error?.message).toContain(message)
    }
  })

  it('clears the trimester when not pregnant and de-duplicates lists', () => {
    const result = validatePerson(
      { ...makePerson(), pregnancyTrimester: 2, allergies: ['soy', 'soy', ' peanut '] },
      TODAY,
      NOW,
    )
    expect(result.ok && result.person.pregnancyTrimester).toBeNull()
    expect(result.ok && result.person.allergies).toEqual(['soy', 'peanut'])
  })

  it('never throws, whatever it is given, and never returns ok with junk', () => {
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        const result = validatePerson(junk, TODAY, NOW)
        if (result.ok) expect(result.person.name.length).toBeGreaterThan(0)
      }),
      { numRuns: 300 },
    )
    fc.assert(
      fc.property(
        fc.record({
          weightKg: fc.oneof(fc.double(), fc.string()),
          ageYears: fc.oneof(fc.double(), fc.constant(Number.NaN)),
        }),
        (change) => {
          const result = validatePerson({ ...makePerson(), ...change }, TODAY, NOW)
          if (result.ok) {
            expect(result.person.ageYears).toBeGreaterThanOrEqual(0)
            expect(result.person.ageYears).toBeLessThanOrEqual(120)
            if (result.person.weightKg !== null)
              expect(result.person.weightKg).toBeGreaterThanOrEqual(2)
          }
        },
      ),
      { numRuns: 300 },
    )
  })

  it('ignores prototype-pollution keys', () => {
    const hostile = JSON.parse(
      '{"__proto__": {"polluted": true}, "name": "Eve", "id": "p", "ageYears": 30, "sex": "F", "diet": "vegan"}',
    )
    const result = validatePerson(hostile, TODAY, NOW)
    expect(result.ok).toBe(true)
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })
})
