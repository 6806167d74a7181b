import { describe, expect, it } from 'vitest'
import { parseIsoDate } from '../../../../src/core/dates'
import { ageOn } from '../../../../src/core/profiles/age'
import {
  estimatedEnergyRequirement,
  proteinFloorGPerKg,
} from '../../../../src/core/profiles/energy'

describe('estimatedEnergyRequirement (IOM 2005 equations, worked by hand)', () => {
  it.each([
    // 662 − 9.53×30 + 1.25×(15.91×70 + 539.6×1.75) = 2948.6
    [
      'man 30 y, 70 kg, 175 cm, active',
      { ageYears: 30, sex: 'M', weightKg: 70, heightCm: 175, activity: 'active' },
      2948.6,
    ],
    // 354 − 6.91×72 + 1.0×(9.36×60 + 726×1.60) = 1579.68
    [
      'woman 72 y, 60 kg, 160 cm, sedentary',
      { ageYears: 72, sex: 'F', weightKg: 60, heightCm: 160, activity: 'sedentary' },
      1579.68,
    ],
    // 135.3 − 369.6 + 1.31×(400 + 1401) + 25 = −234.3 + 2359.31 + 25 = 2150.01
    [
      'girl 12 y, 40 kg, 150 cm, active',
      { ageYears: 12, sex: 'F', weightKg: 40, heightCm: 150, activity: 'active' },
      2150.01,
    ],
    // 88.5 − 371.4 + 1.13×(534 + 1038.45) + 20 = −282.9 + 1776.8685 + 20 = 1513.9685
    [
      'boy 6 y, 20 kg, 115 cm, low active',
      { ageYears: 6, sex: 'M', weightKg: 20, heightCm: 115, activity: 'low_active' },
      1513.9685,
    ],
    // 89×12 − 100 + 20 = 988
    [
      'toddler 2 y, 12 kg',
      { ageYears: 2, sex: 'F', weightKg: 12, heightCm: 86, activity: 'sedentary' },
      988,
    ],
  ] as const)('%s', (_label, input, expected) => {
    expect(estimatedEnergyRequirement(input)).toBeCloseTo(expected, 2)
  })

  it('adds the pregnancy and lactation increments', () => {
    const base = {
      ageYears: 30,
      sex: 'F',
      weightKg: 60,
      heightCm: 165,
      activity: 'sedentary',
    } as const
    const plain = estimatedEnergyRequirement(base)
    expect(estimatedEnergyRequirement({ ...base, pregnancyTrimester: 2 }) - plain).toBeCloseTo(340)
    expect(estimatedEnergyRequirement({ ...base, pregnancyTrimester: 3 }) - plain).toBeCloseTo(452)
    expect(estimatedEnergyRequirement({ ...base, lactating: true }) - plain).toBeCloseTo(330)
  })

  it('uses the mean of both equations for sex X', () => {
    const base = { ageYears: 40, weightKg: 70, heightCm: 170, activity: 'active' } as const
    const f = estimatedEnergyRequirement({ ...base, sex: 'F' })
    const m = estimatedEnergyRequirement({ ...base, sex: 'M' })
    expect(estimatedEnergyRequirement({ ...base, sex: 'X' })).toBeCloseTo((f + m) / 2)
  })

  it.each([
    ['ageYears', { ageYears: 0.5 }],
    ['weightKg', { weightKg: -3 }],
    ['heightCm', { heightCm: Number.NaN }],
  ])('refuses a bad %s', (field, change) => {
    const input = {
      ageYears: 30,
      sex: 'M',
      weightKg: 70,
      heightCm: 175,
      activity: 'active',
      ...change,
    } as const
    expect(() => estimatedEnergyRequirement(input)).toThrow(field)
  })
})

describe('proteinFloorGPerKg', () => {
  it.each([
    [64, 0.8],
    [65, 1.0],
    [30, 0.8],
  ])('age %i → %f g/kg', (age, expected) => expect(proteinFloorGPerKg(age)).toBe(expected))
})

describe('ageOn', () => {
  it.each([
    ['1954-03-10', '2026-11-21', 72],
    ['1954-11-22', '2026-11-21', 71],
    ['1954-11-21', '2026-11-21', 72],
    ['2026-07-21', '2026-11-21', 4 / 12],
    ['2025-11-21', '2026-11-21', 1],
    ['2027-01-01', '2026-11-21', null],
    ['2026-02-30', '2026-11-21', null],
    ['not a date', '2026-11-21', null],
  ])('born %s, on %s → %s', (birth, on, expected) => {
    const age = ageOn(birth, on)
    if (expected === null) expect(age).toBeNull()
    else expect(age).toBeCloseTo(expected, 6)
  })

  it('parses only real calendar dates', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ y: 2024, m: 2, d: 29 })
    expect(parseIsoDate('2023-02-29')).toBeNull()
  })
})
