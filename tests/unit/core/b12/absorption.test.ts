import { describe, expect, it } from 'vitest'
import { absorbedFromEvent, B12InputError, IF_CAP, K, PASSIVE } from '../../../../src/core/b12'
import { expectNear } from './builders'

describe('absorption model constants (§2 Policy)', () => {
  it('uses IF_CAP = 1.5 µg, K = 1.7 µg, PASSIVE = 0.01', () => {
    expect(IF_CAP).toBe(1.5)
    expect(K).toBe(1.7)
    expect(PASSIVE).toBe(0.01)
  })
})

describe('absorbedFromEvent reproduces the model output of §2', () => {
  // Values written from b12-reference.md §2 "Model output".
  it.each([
    [1, 0.566],
    [2.4, 0.902],
    [3, 0.987],
    [5, 1.169],
    [10, 1.382],
    [25, 1.654],
    [500, 6.5],
    [1000, 11.5],
    [2000, 21.5],
  ])('A(%s µg) = %s µg within 0.01', (dose, expected) => {
    expectNear(absorbedFromEvent(dose), expected, 0.01)
  })

  it('absorbs nothing from an event without B12', () => {
    expect(absorbedFromEvent(0)).toBe(0)
  })
})

describe('absorbedFromEvent stays inside the unit-test bands of §2', () => {
  it.each([
    ['A(1)', absorbedFromEvent(1), 0.5, 0.6],
    ['A(5)', absorbedFromEvent(5), 1.0, 1.4],
    ['A(25)', absorbedFromEvent(25), 1.25, 1.75],
    ['A(500)/500', absorbedFromEvent(500) / 500, 0.01, 0.02],
    ['A(1000)/1000', absorbedFromEvent(1000) / 1000, 0.01, 0.014],
  ])('%s is within [%s, %s]', (_label, value, low, high) => {
    expect(value).toBeGreaterThanOrEqual(low)
    expect(value).toBeLessThanOrEqual(high)
  })

  it('is increasing while the absorbed fraction falls over the data-point doses', () => {
    const doses = [0.5, 1, 2.4, 3, 5, 10, 25, 38, 500, 1000, 2000]
    for (let i = 1; i < doses.length; i++) {
      const [a, b] = [doses[i - 1]!, doses[i]!]
      expect(absorbedFromEvent(b)).toBeGreaterThan(absorbedFromEvent(a))
      expect(absorbedFromEvent(b) / b).toBeLessThan(absorbedFromEvent(a) / a)
    }
  })
})

describe('absorbedFromEvent rejects impossible doses', () => {
  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('throws B12InputError for %s µg', (dose) => {
    expect(() => absorbedFromEvent(dose)).toThrow(B12InputError)
    try {
      absorbedFromEvent(dose)
    } catch (error) {
      expect((error as B12InputError).field).toBe('ug')
      expect((error as Error).message).toMatch(/ug.*>= 0/)
    }
  })
})
