import { describe, expect, it } from 'vitest'
import { assessB12, folicAcidUpperLimitUg, requirementFor } from '../../../../src/core/b12'
import { person } from './builders'

const profile = (ageYears: number, pregnant = false, lactating = false) => ({
  ageYears,
  pregnant,
  lactating,
})

describe('requirementFor: RDA/AI table of §1 with its age edges', () => {
  // [age, pregnant, lactating, rda µg/day, type, EAR µg/day or null, life stage]
  it.each([
    [0, false, false, 0.4, 'AI', null, 'infant_0_6_months'],
    [0.33, false, false, 0.4, 'AI', null, 'infant_0_6_months'],
    [0.49, false, false, 0.4, 'AI', null, 'infant_0_6_months'],
    // Decided edge: the 7th month of life starts on the 6-month birthday.
    [0.5, false, false, 0.5, 'AI', null, 'infant_7_12_months'],
    [0.99, false, false, 0.5, 'AI', null, 'infant_7_12_months'],
    [1, false, false, 0.9, 'RDA', 0.7, 'child_1_3'],
    [3.99, false, false, 0.9, 'RDA', 0.7, 'child_1_3'],
    [4, false, false, 1.2, 'RDA', 1.0, 'child_4_8'],
    [8.9, false, false, 1.2, 'RDA', 1.0, 'child_4_8'],
    [9, false, false, 1.8, 'RDA', 1.5, 'child_9_13'],
    [13, false, false, 1.8, 'RDA', 1.5, 'child_9_13'],
    [13.99, false, false, 1.8, 'RDA', 1.5, 'child_9_13'],
    [14, false, false, 2.4, 'RDA', 2.0, 'teen_14_18'],
    [18.9, false, false, 2.4, 'RDA', 2.0, 'teen_14_18'],
    [19, false, false, 2.4, 'RDA', 2.0, 'adult_19_50'],
    [50, false, false, 2.4, 'RDA', 2.0, 'adult_19_50'],
    [50.99, false, false, 2.4, 'RDA', 2.0, 'adult_19_50'],
    [51, false, false, 2.4, 'RDA', 2.0, 'adult_51_plus'],
    [120, false, false, 2.4, 'RDA', 2.0, 'adult_51_plus'],
    [30, true, false, 2.6, 'RDA', 2.2, 'pregnancy'],
    [30, false, true, 2.8, 'RDA', 2.4, 'lactation'],
    // Lactation outranks pregnancy.
    [30, true, true, 2.8, 'RDA', 2.4, 'lactation'],
    [14, true, false, 2.6, 'RDA', 2.2, 'pregnancy'],
    [50, false, true, 2.8, 'RDA', 2.4, 'lactation'],
    // Pregnancy/lactation values apply only at 14–50 y: the age band applies outside.
    [13, true, false, 1.8, 'RDA', 1.5, 'child_9_13'],
    [12, false, true, 1.8, 'RDA', 1.5, 'child_9_13'],
    [51, true, false, 2.4, 'RDA', 2.0, 'adult_51_plus'],
    [51, false, true, 2.4, 'RDA', 2.0, 'adult_51_plus'],
  ] as const)(
    'age %s, pregnant %s, lactating %s → %s µg (%s), EAR %s, %s',
    (age, pregnant, lactating, rda, type, ear, stage) => {
      const r = requirementFor(profile(age, pregnant, lactating))
      expect(r.rdaUg).toBeCloseTo(rda, 10)
      expect(r.rdaType).toBe(type)
      expect(r.earUg === null ? null : Number(r.earUg.toFixed(10))).toBe(ear)
      expect(r.lifeStage).toBe(stage)
      expect(r.targetAbsorbedUgPerDay).toBeCloseTo(rda / 2, 10)
    },
  )

  it.each([
    [30, false, false, 1.2],
    [30, true, false, 1.3],
    [30, false, true, 1.4],
  ])(
    'absorbed-equivalent target at age %s (pregnant %s, lactating %s) is %s µg',
    (age, p, l, t) => {
      expect(requirementFor(profile(age, p, l)).targetAbsorbedUgPerDay).toBeCloseTo(t, 10)
    },
  )

  it('assessB12 reports the same requirement', () => {
    const r = assessB12(person({ ageYears: 0.33, intakePattern: [] }))
    expect(r.rdaUg).toBeCloseTo(0.4, 10)
    expect(r.rdaType).toBe('AI')
    expect(r.targetAbsorbedUgPerDay).toBeCloseTo(0.2, 10)
    const lact = assessB12(person({ pregnant: true, lactating: true }))
    expect(lact.rdaUg).toBeCloseTo(2.8, 10)
    expect(lact.rdaType).toBe('RDA')
  })
})

describe('folicAcidUpperLimitUg: IOM UL for synthetic folic acid by completed years', () => {
  it.each([
    [0.5, 300], // no UL under 1 y: the lowest listed limit is applied (documented choice)
    [1, 300],
    [3.9, 300],
    [4, 400],
    [8.9, 400],
    [9, 600],
    [13.9, 600],
    [14, 800],
    [18.9, 800],
    [19, 1000],
    [80, 1000],
  ])('age %s → %s µg/day', (age, ul) => {
    expect(folicAcidUpperLimitUg(age)).toBe(ul)
  })
})
