import path from 'node:path'
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

/**
 * The repo's own eslint.config.mjs, run on small snippets placed (virtually) inside src/core or a
 * feature: proves each boundary rule fires, so a refactor of the config cannot switch one off quietly.
 */
const root = path.resolve(__dirname, '../../..')
let eslint: ESLint

beforeAll(() => {
  eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, 'eslint.config.mjs') })
})

async function problems(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) })
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`)
}

const use = (name: string): string => `\nexport const used = ${name}\n`

describe('core imports are an allow-list (issue 13)', () => {
  it.each([
    ["import { z } from 'zod/v4'", 'z'],
    ["import { z } from 'zod'", 'z'],
    ["import { readFileSync } from 'node:fs'", 'readFileSync'],
    ["import { useState } from 'react'", 'useState'],
    ["import Dexie from 'dexie'", 'Dexie'],
    ["import highs from 'highs'", 'highs'],
    ["import { something } from 'left-pad'", 'something'],
    ["import { DESKTOP } from '../../shared/desktop-api'", 'DESKTOP'],
    ["import { db } from '../../renderer/db/app-db'", 'db'],
    ["import pkg from '../../../package.json'", 'pkg'],
  ])('refuses %s in src/core', async (line, name) => {
    const found = await problems(`${line}${use(name)}`, 'src/core/b12/snippet.ts')
    expect(found.filter((p) => p.startsWith('boundaries/core-imports'))).toHaveLength(1)
  })

  it('refuses a dynamic import and a re-export from outside core', async () => {
    const found = await problems(
      "export { z } from 'zod/v4'\nexport const load = () => import('node:fs')\n",
      'src/core/b12/snippet.ts',
    )
    expect(found.filter((p) => p.startsWith('boundaries/core-imports'))).toHaveLength(2)
  })

  it.each([
    ["import MiniSearch from 'minisearch'", 'MiniSearch'],
    ["import { addDays } from '../dates'", 'addDays'],
    ["import { assessB12 } from './assess'", 'assessB12'],
    ["import { weekOf } from '../../core/dates'", 'weekOf'],
  ])('allows %s in src/core', async (line, name) => {
    expect(await problems(`${line}${use(name)}`, 'src/core/b12/snippet.ts')).toEqual([])
  })

  it('refuses the Date global in core: dates go through core/dates, the clock is a parameter', async () => {
    const found = await problems(
      'export const today = new Date().toISOString()\n',
      'src/core/b12/snippet.ts',
    )
    expect(found.some((p) => p.startsWith('no-restricted-globals'))).toBe(true)
  })
})

describe('features are reached only through their index.ts (issue 13)', () => {
  it.each([
    [
      "import { CatalogueStore } from '../foods/catalogue-store'",
      'CatalogueStore',
      'src/renderer/features/planner/snippet.ts',
    ],
    [
      "import { FoodsPage } from '../foods/FoodsPage'",
      'FoodsPage',
      'src/renderer/features/planner/parts/../snippet.tsx',
    ],
    [
      "import { x } from '../../foods/parts/x'",
      'x',
      'src/renderer/features/planner/parts/snippet.ts',
    ],
    [
      "import { PlanPage } from '../features/planner/PlanPage'",
      'PlanPage',
      'src/renderer/app/snippet.tsx',
    ],
    [
      "import { gen } from '../features/planner/solver/plan-generator'",
      'gen',
      'src/renderer/data/snippet.ts',
    ],
    [
      "export { x } from '../foods/catalogue-store'",
      null,
      'src/renderer/features/planner/snippet.ts',
    ],
  ])('refuses %s', async (line, name, file) => {
    const found = await problems(name ? `${line}${use(name)}` : `${line}\n`, file)
    expect(found.filter((p) => p.startsWith('boundaries/feature-index'))).toHaveLength(1)
  })

  it.each([
    [
      "import { FoodsPage } from '../foods'",
      'FoodsPage',
      'src/renderer/features/planner/snippet.ts',
    ],
    [
      "import { FoodsPage } from '../foods/index'",
      'FoodsPage',
      'src/renderer/features/planner/snippet.ts',
    ],
    ["import { PlanPage } from '../features/planner'", 'PlanPage', 'src/renderer/app/snippet.tsx'],
    [
      "import { weekTitle } from './week-text'",
      'weekTitle',
      'src/renderer/features/planner/snippet.ts',
    ],
    [
      "import { x } from '../solver/plan-generator'",
      'x',
      'src/renderer/features/planner/parts/snippet.ts',
    ],
    [
      "import { useServices } from '../../data'",
      'useServices',
      'src/renderer/features/planner/snippet.ts',
    ],
  ])('allows %s', async (line, name, file) => {
    expect(await problems(`${line}${use(name)}`, file)).toEqual([])
  })
})
