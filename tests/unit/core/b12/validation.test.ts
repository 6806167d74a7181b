import { describe, expect, it } from 'vitest'
import {
  assessB12,
  B12InputError,
  eventBreakdown,
  type B12AssessmentInput,
} from '../../../../src/core/b12'
import { eventOf, item, person } from './builders'

function thrown(fn: () => unknown): B12InputError {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(B12InputError)
    return error as B12InputError
  }
  throw new Error('expected a B12InputError')
}

type Bad = [string, Partial<B12AssessmentInput>, string, string, RegExp]

describe('invalid input throws B12InputError naming the field and the range', () => {
  it.each<Bad>([
    ['age below 0', { ageYears: -0.01 }, 'ageYears', 'ageYears', /0 to 120/],
    ['age above 120', { ageYears: 120.5 }, 'ageYears', 'ageYears', /0 to 120/],
    ['age NaN', { ageYears: Number.NaN }, 'ageYears', 'ageYears', /NaN/],
    ['age Infinity', { ageYears: Number.POSITIVE_INFINITY }, 'ageYears', 'ageYears', /finite/],
    [
      'negative folic acid',
      { folicAcidUgPerDay: -1 },
      'folicAcidUgPerDay',
      'folicAcidUgPerDay',
      />= 0/,
    ],
    [
      'NaN folic acid',
      { folicAcidUgPerDay: Number.NaN },
      'folicAcidUgPerDay',
      'folicAcidUgPerDay',
      />= 0/,
    ],
    [
      'negative years',
      {
        medications: [
          { class: 'ppi', years: 2 },
          { class: 'insulin', years: -1 },
        ],
      },
      'years',
      'medications[1].years',
      />= 0/,
    ],
    [
      'Infinity years',
      { medications: [{ class: 'metformin', years: Number.POSITIVE_INFINITY }] },
      'years',
      'medications[0].years',
      /finite/,
    ],
    [
      'daysPerWeek below 0',
      { intakePattern: [eventOf(-1, item(1))] },
      'daysPerWeek',
      'intakePattern[0].daysPerWeek',
      /0 to 7/,
    ],
    [
      'daysPerWeek above 7',
      { intakePattern: [eventOf(1, item(1)), eventOf(7.5, item(1))] },
      'daysPerWeek',
      'intakePattern[1].daysPerWeek',
      /0 to 7/,
    ],
    [
      'daysPerWeek NaN',
      { intakePattern: [eventOf(Number.NaN, item(1))] },
      'daysPerWeek',
      'intakePattern[0].daysPerWeek',
      /0 to 7/,
    ],
    [
      'negative µg',
      { intakePattern: [eventOf(7, item(1), item(-2))] },
      'ug',
      'intakePattern[0].items[1].ug',
      />= 0/,
    ],
    [
      'NaN µg',
      { intakePattern: [eventOf(7, item(Number.NaN, 'not_counted'))] },
      'ug',
      'intakePattern[0].items[0].ug',
      />= 0/,
    ],
    [
      'Infinity µg',
      { intakePattern: [eventOf(7, item(Number.POSITIVE_INFINITY))] },
      'ug',
      'intakePattern[0].items[0].ug',
      /finite/,
    ],
  ])('%s', (_label, overrides, field, path, range) => {
    const error = thrown(() => assessB12(person(overrides)))
    expect(error.field).toBe(field)
    expect(error.path).toBe(path)
    expect(error.name).toBe('B12InputError')
    expect(error.message).toContain(path)
    expect(error.message).toMatch(range)
  })

  it('eventBreakdown checks its events the same way', () => {
    expect(thrown(() => eventBreakdown([eventOf(8)])).field).toBe('daysPerWeek')
  })
})

describe('valid edge values never throw', () => {
  it.each<[string, Partial<B12AssessmentInput>]>([
    ['age 0', { ageYears: 0 }],
    ['age 120', { ageYears: 120 }],
    [
      '0 and 7 days, fractional days',
      { intakePattern: [eventOf(0, item(1)), eventOf(7, item(1)), eventOf(0.5, item(1))] },
    ],
    ['0 µg items and empty events', { intakePattern: [eventOf(7, item(0)), eventOf(3)] }],
    ['0 years, no years', { medications: [{ class: 'ppi', years: 0 }, { class: 'h2ra' }] }],
    ['0 folic acid, huge doses', { folicAcidUgPerDay: 0, intakePattern: [eventOf(7, item(1e9))] }],
    ['unknown codes', { medications: [{ class: 'unknown' }], conditions: ['x'], symptoms: ['y'] }],
  ])('%s', (_label, overrides) => {
    expect(() => assessB12(person(overrides))).not.toThrow()
  })
})
