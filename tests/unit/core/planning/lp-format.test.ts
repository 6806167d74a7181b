import { beforeAll, describe, expect, it } from 'vitest'
import type { LinearModel } from '../../../../src/core/planning/linear-model'
import { formatLpNumber, toCplexLp } from '../../../../src/core/planning/lp-format'
import { createHighsSolver, type HighsNodeSolver } from '../../../fixtures/planning/highs-node'

let solver: HighsNodeSolver
beforeAll(async () => {
  solver = await createHighsSolver()
})

const model: LinearModel = {
  sense: 'max',
  vars: [
    { name: 'chairs', lb: 0, ub: Infinity, integer: true },
    { name: 'tables', lb: 0, ub: Infinity, integer: true },
  ],
  constraints: [
    {
      name: 'carpentry',
      terms: [
        { v: 0, coef: 1 },
        { v: 1, coef: 2 },
      ],
      lb: -Infinity,
      ub: 40,
    },
    {
      name: 'finishing',
      terms: [
        { v: 0, coef: 2 },
        { v: 1, coef: 1 },
      ],
      lb: -Infinity,
      ub: 50,
    },
  ],
  objective: [
    { v: 0, coef: 30 },
    { v: 1, coef: 50 },
  ],
}

describe('toCplexLp', () => {
  it('writes the sections HiGHS reads, with positional names', () => {
    expect(toCplexLp(model)).toBe(
      [
        'Maximize',
        ' obj: 30 x0 + 50 x1',
        'Subject To',
        ' c0_hi: x0 + 2 x1 <= 40',
        ' c1_hi: 2 x0 + x1 <= 50',
        'Bounds',
        ' 0 <= x0 <= +inf',
        ' 0 <= x1 <= +inf',
        'General',
        ' x0 x1',
        'End',
        '',
      ].join('\n'),
    )
  })

  it('writes equalities, ranges, free, fixed and negative bounds', () => {
    const lp = toCplexLp({
      sense: 'min',
      vars: [
        { name: 'a', lb: -Infinity, ub: Infinity, integer: false },
        { name: 'b', lb: 2, ub: 2, integer: false },
        { name: 'c', lb: -3, ub: 4.5, integer: false },
      ],
      constraints: [
        {
          name: 'eq',
          terms: [
            { v: 0, coef: 1 },
            { v: 2, coef: -0.5 },
          ],
          lb: 1,
          ub: 1,
        },
        {
          name: 'range',
          terms: [
            { v: 0, coef: 1 },
            { v: 0, coef: 1 },
          ],
          lb: -1,
          ub: 6,
        },
      ],
      objective: [{ v: 0, coef: 1 }],
    })
    expect(lp).toContain(' c0: x0 - 0.5 x2 = 1')
    expect(lp).toContain(' c1_lo: 2 x0 >= -1') // repeated terms are merged
    expect(lp).toContain(' c1_hi: 2 x0 <= 6')
    expect(lp).toContain(' x0 free')
    expect(lp).toContain(' x1 = 2')
    expect(lp).toContain(' -3 <= x2 <= 4.5')
    expect(lp).not.toContain('General')
  })

  it.each([
    [1e-7, '0.0000001'],
    [1234567.5, '1234567.5'],
    [-0.25, '-0.25'],
    [1 / 3, '0.333333333333'],
    [0, '0'],
  ])('formats %s as %s (no exponents)', (n, text) => {
    expect(formatLpNumber(n)).toBe(text)
  })

  it('rejects non-finite coefficients and crossed bounds', () => {
    expect(() => formatLpNumber(Number.NaN)).toThrow(RangeError)
    expect(() =>
      toCplexLp({ ...model, vars: [{ name: 'x', lb: 2, ub: 1, integer: false }] }),
    ).toThrow(RangeError)
  })

  it('solves to the known optimum through HiGHS (20 chairs, 10 tables, 1100)', async () => {
    const s = await solver.solve(model)
    expect(s.status).toBe('optimal')
    expect(s.objective).toBeCloseTo(1100)
    expect(s.values).toEqual([20, 10])
  })

  it('round-trips ranges, negative bounds and tiny coefficients through HiGHS', async () => {
    const s = await solver.solve({
      sense: 'max',
      vars: [
        { name: 'a', lb: 0, ub: 3, integer: true },
        { name: 'b', lb: -1, ub: 2.5, integer: false },
        { name: 'c', lb: -Infinity, ub: Infinity, integer: false },
      ],
      constraints: [
        {
          name: 'r',
          terms: [
            { v: 0, coef: 1 },
            { v: 1, coef: 2 },
          ],
          lb: -Infinity,
          ub: 4.5,
        },
        {
          name: 'e',
          terms: [
            { v: 2, coef: 1 },
            { v: 0, coef: -0.000001 },
          ],
          lb: 1e-7,
          ub: 1e-7,
        },
        {
          name: 'g',
          terms: [
            { v: 0, coef: 1 },
            { v: 1, coef: -1 },
          ],
          lb: 0.5,
          ub: 2,
        },
      ],
      objective: [
        { v: 0, coef: 1 },
        { v: 1, coef: 1 },
      ],
    })
    // a = 3 forces b ≥ 1 and 3 + 2b ≤ 4.5: impossible; a = 2, b = 1.25 is optimal.
    expect(s.status).toBe('optimal')
    expect(s.values[0]).toBe(2)
    expect(s.values[1]).toBeCloseTo(1.25)
    expect(s.values[2]).toBeCloseTo(2.1e-6, 9)
  })

  it('reports infeasible models as infeasible', async () => {
    const s = await solver.solve({
      ...model,
      constraints: [
        ...model.constraints,
        { name: 'x', terms: [{ v: 0, coef: 1 }], lb: 100, ub: Infinity },
      ],
    })
    expect(s.status).toBe('infeasible')
  })
})
