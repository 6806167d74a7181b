/**
 * MipSolver over an already loaded HiGHS module (the npm package `highs`, WASM). Core does not
 * import the package: the Node tests and the renderer's worker each load it their own way and
 * pass it in, so both run exactly this adapter. The model goes in as CPLEX LP text.
 */
import type { LinearModel, MipSolution, MipSolver, MipStatus } from './linear-model'
import { lpVarName, toCplexLp } from './lp-format'

/** The part of highs' one-shot API the adapter uses. */
export interface HighsModule {
  solve(
    problem: string,
    options?: Record<string, string | number | boolean>,
  ): { Status: string; ObjectiveValue: number; Columns: Record<string, unknown> }
}

export interface HighsSolverOptions {
  /** Per-solve wall-clock limit, seconds (default 2). */
  timeLimitSeconds?: number
  /** Relative MIP gap at which HiGHS may stop as optimal (default 0.001). */
  mipRelGap?: number
}

export interface HighsMipSolver extends MipSolver {
  /** Solves a tiny model: the first solve is several times slower than later ones. */
  warmUp(): Promise<void>
  /** Number of solves so far (warm-up included). */
  readonly solves: number
}

function statusOf(raw: string, hasValues: boolean): MipStatus {
  if (raw === 'Optimal') return 'optimal'
  if (raw === 'Infeasible') return 'infeasible'
  if (raw === 'Unbounded' || raw === 'Primal infeasible or unbounded') return 'unbounded'
  if (/limit|reached/i.test(raw) && hasValues) return 'feasible'
  return 'error'
}

const WARM_UP_MODEL: LinearModel = {
  sense: 'max',
  vars: [
    { name: 'a', lb: 0, ub: 3, integer: true },
    { name: 'b', lb: 0, ub: 2, integer: false },
  ],
  constraints: [
    {
      name: 'r',
      terms: [
        { v: 0, coef: 1 },
        { v: 1, coef: 2 },
      ],
      lb: -Infinity,
      ub: 4,
    },
  ],
  objective: [
    { v: 0, coef: 1 },
    { v: 1, coef: 1 },
  ],
}

/** Wraps a loaded HiGHS module as a MipSolver. Solver errors become status 'error', never throws. */
export function highsMipSolver(
  highs: HighsModule,
  options: HighsSolverOptions = {},
): HighsMipSolver {
  let solves = 0
  const solve = (model: LinearModel): Promise<MipSolution> => {
    solves++
    try {
      const result = highs.solve(toCplexLp(model), {
        output_flag: false,
        time_limit: options.timeLimitSeconds ?? 2,
        mip_rel_gap: options.mipRelGap ?? 1e-3,
      })
      const columns = result.Columns as Record<string, { Primal?: number } | undefined>
      const hasValues = Object.values(columns).some((c) => typeof c?.Primal === 'number')
      const values = model.vars.map((_, i) => columns[lpVarName(i)]?.Primal ?? 0)
      return Promise.resolve({
        status: statusOf(result.Status, hasValues),
        objective: result.ObjectiveValue,
        values,
        message: result.Status,
      })
    } catch (error) {
      return Promise.resolve({
        status: 'error',
        objective: Number.NaN,
        values: [],
        message: String(error),
      })
    }
  }
  return {
    solve,
    get solves() {
      return solves
    },
    async warmUp() {
      await solve(WARM_UP_MODEL)
    },
  }
}
