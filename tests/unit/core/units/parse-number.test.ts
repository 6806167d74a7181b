import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { numberProblemMessage, parseDecimal, readNumber } from '../../../../src/core/units'

describe('parseDecimal: one parser for every form', () => {
  it.each([
    ['70', 70],
    ['70.5', 70.5],
    ['70,5', 70.5],
    [' 70,5 ', 70.5],
    ['0,25', 0.25],
    [',5', 0.5],
    ['.5', 0.5],
    ['5.', 5],
    ['-2,5', -2.5],
    ['1 000', 1000],
    ['1\u00a0000', 1000],
    ['2\u202f500,5', 2500.5],
    ['1,234.5', 1234.5],
    ['1.234,5', 1234.5],
    ['12,345,678.9', 12345678.9],
    ['0,500', 0.5],
    ['1,5000', 1.5],
    ['12,50', 12.5],
    ['1000', 1000],
  ])('reads %j as %d', (text, value) => {
    expect(parseDecimal(text)).toEqual({ ok: true, value })
  })

  it.each(['1,500', '2.000', '999,999', '+1,000'])(
    'refuses %j: comma or point before three digits could be thousands',
    (text) => {
      expect(parseDecimal(text)).toEqual({ ok: false, problem: 'ambiguous_separator' })
    },
  )

  it.each(['abc', '1,2,3', '1.2.3', '7 0,5x', '1e3', 'Infinity', 'NaN', '--1', '1,,5', ',', '.'])(
    'refuses %j as not a number',
    (text) => {
      expect(parseDecimal(text)).toEqual({ ok: false, problem: 'not_a_number' })
    },
  )

  it.each(['', '   ', '\t'])('calls %j empty', (text) => {
    expect(parseDecimal(text)).toEqual({ ok: false, problem: 'empty' })
  })

  it('reads any decimal written with a point or a comma back to the same number', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99_999 }),
        fc.integer({ min: 0, max: 99 }),
        (whole, cents) => {
          const point = `${whole}.${String(cents).padStart(2, '0')}`
          const expected = Number(point)
          expect(parseDecimal(point)).toEqual({ ok: true, value: expected })
          expect(parseDecimal(point.replace('.', ','))).toEqual({ ok: true, value: expected })
        },
      ),
    )
  })
})

describe('readNumber', () => {
  it.each([
    [12, { ok: true, value: 12 }],
    ['12,5', { ok: true, value: 12.5 }],
    [Number.NaN, { ok: false, problem: 'not_a_number' }],
    [Number.POSITIVE_INFINITY, { ok: false, problem: 'not_a_number' }],
    [null, { ok: false, problem: 'empty' }],
    [undefined, { ok: false, problem: 'empty' }],
    [{}, { ok: false, problem: 'not_a_number' }],
  ])('reads %j', (value, expected) => {
    expect(readNumber(value)).toEqual(expected)
  })
})

describe('numberProblemMessage', () => {
  it('names the field and shows both readings of an ambiguous number', () => {
    expect(numberProblemMessage('Vitamin B12', 'ambiguous_separator', '1,500')).toBe(
      'Vitamin B12: “1,500” could mean 1500 or 1.5. Please type the one you mean (1500 or 1.5).',
    )
  })
  it('says a decimal comma works too', () => {
    expect(numberProblemMessage('Weight', 'not_a_number')).toBe(
      'Weight must be a number, written in digits (a decimal comma is fine).',
    )
  })
  it('says an empty required field is required', () => {
    expect(numberProblemMessage('Serving size', 'empty')).toBe('Serving size is required.')
  })
})
