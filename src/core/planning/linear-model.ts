/**
 * A small solver-neutral mixed-integer linear model and the adapter interface the generator
 * talks to. core never imports a solver: the app and the tests pass a `MipSolver` in (HiGHS in
 * a worker in the app, HiGHS in Node for tests and benchmarks).
 */

export interface LinearVar {
  /** For diagnostics only; writers use positional names. */
  name: string
  /** Lower bound; -Infinity for free. */
  lb: number
  /** Upper bound; Infinity for none. */
  ub: number
  integer: boolean
}

/** `coef` × variable number `v` (an index into `LinearModel.vars`). */
export interface LinearTerm {
  v: number
  coef: number
}

/** lb ≤ Σ terms ≤ ub; either side may be infinite, equal sides make an equality. */
export interface LinearConstraint {
  name: string
  terms: LinearTerm[]
  lb: number
  ub: number
}

export interface LinearModel {
  sense: 'max' | 'min'
  vars: LinearVar[]
  constraints: LinearConstraint[]
  objective: LinearTerm[]
}

export type MipStatus = 'optimal' | 'feasible' | 'infeasible' | 'unbounded' | 'error'

export interface MipSolution {
  /** 'feasible': a limit stopped the search with a solution in hand. */
  status: MipStatus
  /** Objective value of `values` (meaningless unless status is optimal or feasible). */
  objective: number
  /** One value per model variable, in model order. */
  values: number[]
  /** Solver's own words when something went wrong. */
  message?: string
}

/** Adapter around a MIP solver. Implementations must not mutate the model. */
export interface MipSolver {
  solve(model: LinearModel): Promise<MipSolution>
}

/** Builds a LinearModel incrementally; returns variable indexes for use in terms. */
export class ModelBuilder {
  readonly vars: LinearVar[] = []
  readonly constraints: LinearConstraint[] = []
  readonly objective: LinearTerm[] = []

  constructor(readonly sense: 'max' | 'min') {}

  /** Adds a variable and returns its index. */
  addVar(name: string, lb: number, ub: number, integer = false, objCoef = 0): number {
    this.vars.push({ name, lb, ub, integer })
    const v = this.vars.length - 1
    if (objCoef !== 0) this.objective.push({ v, coef: objCoef })
    return v
  }

  addConstraint(name: string, terms: LinearTerm[], lb: number, ub: number): void {
    this.constraints.push({ name, terms: terms.filter((t) => t.coef !== 0), lb, ub })
  }

  build(): LinearModel {
    return {
      sense: this.sense,
      vars: this.vars,
      constraints: this.constraints,
      objective: this.objective,
    }
  }
}

/** Value of Σ terms for a solution vector. */
export function evaluateTerms(terms: readonly LinearTerm[], values: readonly number[]): number {
  let s = 0
  for (const t of terms) s += t.coef * (values[t.v] ?? 0)
  return s
}
