/**
 * CPLEX LP text for a LinearModel, in the subset HiGHS reads (`highs.solve(text)`):
 * Maximize/Minimize, Subject To, Bounds, General, End. Variables are written as x0, x1, … and
 * rows as c0, c1, … so no user text can break the format; solvers map values back by position.
 * Two-sided rows become two rows (c3_lo, c3_hi); equal sides become one equality.
 */
import type { LinearModel, LinearTerm } from './linear-model'

/** The LP name of variable `index`. */
export const lpVarName = (index: number): string => `x${index}`

/** A finite number in plain decimal notation (LP readers differ on exponents). */
export function formatLpNumber(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`LP: not a finite number: ${n}`)
  if (Object.is(n, -0) || n === 0) return '0'
  const s = String(Number(n.toPrecision(12)))
  if (!/e/i.test(s)) return s
  return n.toFixed(15).replace(/0+$/, '').replace(/\.$/, '')
}

function expression(terms: readonly LinearTerm[]): string {
  const merged = new Map<number, number>()
  for (const t of terms) merged.set(t.v, (merged.get(t.v) ?? 0) + t.coef)
  const parts: string[] = []
  for (const [v, coef] of merged) {
    if (coef === 0) continue
    const sign = coef < 0 ? '-' : '+'
    const mag = Math.abs(coef)
    parts.push(`${sign} ${mag === 1 ? '' : `${formatLpNumber(mag)} `}${lpVarName(v)}`)
  }
  if (parts.length === 0) return ''
  // Wrap long rows: LP readers accept an expression continued on the next line.
  const lines: string[] = []
  for (let i = 0; i < parts.length; i += 8) lines.push(parts.slice(i, i + 8).join(' '))
  return lines.join('\n   ').replace(/^\+ /, '')
}

function bound(lb: number, ub: number, name: string): string {
  if (lb === -Infinity && ub === Infinity) return ` ${name} free`
  if (lb === ub) return ` ${name} = ${formatLpNumber(lb)}`
  const lo = lb === -Infinity ? '-inf' : formatLpNumber(lb)
  const hi = ub === Infinity ? '+inf' : formatLpNumber(ub)
  return ` ${lo} <= ${name} <= ${hi}`
}

/**
 * Writes `model` as CPLEX LP text. Every variable gets an explicit bound line (LP's default
 * is [0, +inf)); integer variables are listed under General. Empty rows are checked against
 * their bounds here rather than written (0 must lie in [lb, ub]).
 * @throws RangeError on a non-finite coefficient, an empty infeasible row or lb > ub.
 */
export function toCplexLp(model: LinearModel): string {
  const out: string[] = [model.sense === 'max' ? 'Maximize' : 'Minimize']
  const obj = expression(model.objective)
  out.push(` obj: ${obj === '' ? `0 ${lpVarName(0)}` : obj}`)
  out.push('Subject To')
  model.constraints.forEach((c, i) => {
    if (c.lb > c.ub) throw new RangeError(`LP: row ${c.name} has lb > ub`)
    const expr = expression(c.terms)
    if (expr === '') {
      if (c.lb > 1e-9 || c.ub < -1e-9) throw new RangeError(`LP: empty row ${c.name} cannot hold`)
      return
    }
    if (c.lb === c.ub) out.push(` c${i}: ${expr} = ${formatLpNumber(c.lb)}`)
    else {
      if (c.lb !== -Infinity) out.push(` c${i}_lo: ${expr} >= ${formatLpNumber(c.lb)}`)
      if (c.ub !== Infinity) out.push(` c${i}_hi: ${expr} <= ${formatLpNumber(c.ub)}`)
    }
  })
  out.push('Bounds')
  model.vars.forEach((v, i) => {
    if (v.lb > v.ub) throw new RangeError(`LP: variable ${v.name} has lb > ub`)
    out.push(bound(v.lb, v.ub, lpVarName(i)))
  })
  const ints = model.vars.flatMap((v, i) => (v.integer ? [lpVarName(i)] : []))
  if (ints.length > 0) {
    out.push('General')
    for (let i = 0; i < ints.length; i += 16) out.push(` ${ints.slice(i, i + 16).join(' ')}`)
  }
  out.push('End')
  return `${out.join('\n')}\n`
}
