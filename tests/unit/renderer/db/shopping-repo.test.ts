import { describe, expect, it } from 'vitest'
import { foodId } from '../../../../src/core/foods/types'
import { grams, millilitres } from '../../../../src/core/units'
import { DEFAULT_AISLE_ORDER } from '../../../../src/core/shopping'
import {
  createShoppingRepo,
  parseAislePrefs,
  parseListRow,
  parsePantryRow,
} from '../../../../src/renderer/db/repos/shopping-repo'
import { createTestDb } from '../../../fixtures/test-db'

const WEEK = { from: '2026-11-16', to: '2026-11-22' }
const NEXT = { from: '2026-11-23', to: '2026-11-29' }

describe('shopping repo', () => {
  it('round-trips the pantry, one row per food', async () => {
    const repo = createShoppingRepo(createTestDb())
    await repo.setPantry({ foodId: foodId('sr28:01123'), kind: 'staple' })
    await repo.setPantry({
      foodId: foodId('sr28:16139'),
      kind: 'on_hand',
      quantity: { kind: 'volume', millilitres: millilitres(500) },
    })
    await repo.setPantry({
      foodId: foodId('sr28:01123'),
      kind: 'on_hand',
      quantity: { kind: 'count', count: 4 },
    })
    expect(await repo.pantry()).toEqual([
      { foodId: 'sr28:01123', kind: 'on_hand', quantity: { kind: 'count', count: 4 } },
      { foodId: 'sr28:16139', kind: 'on_hand', quantity: { kind: 'volume', millilitres: 500 } },
    ])
    await repo.removePantry('sr28:01123')
    expect((await repo.pantry()).map((p) => p.foodId)).toEqual(['sr28:16139'])
  })

  it('keeps checks and manual items per list, and drops stale keys when told what is on the list', async () => {
    const db = createTestDb()
    const repo = createShoppingRepo(db)
    await repo.setChecked(WEEK, 'a', true)
    await repo.setChecked(WEEK, 'b', true)
    await repo.setChecked(WEEK, 'c', true, ['a', 'c']) // 'b' is no longer on the list
    await repo.addManual(WEEK, {
      id: 'm1',
      text: 'Soap',
      aisle: 'other',
      quantity: { kind: 'mass', grams: grams(250) },
    })
    expect(await repo.list(WEEK)).toEqual({
      checked: ['a', 'c'],
      manual: [{ id: 'm1', text: 'Soap', aisle: 'other', quantity: { kind: 'mass', grams: 250 } }],
    })
    expect(await repo.list(NEXT)).toEqual({ checked: [], manual: [] })
    expect(await db.shoppingState.get('list:2026-11-16:2026-11-22')).toMatchObject({
      weekStart: '2026-11-16',
      to: '2026-11-22',
    })

    await repo.setChecked(WEEK, 'manual:m1', true)
    const removed = await repo.removeManual(WEEK, 'm1')
    expect(await repo.list(WEEK)).toEqual({ checked: ['a', 'c'], manual: [] })
    await repo.restoreManual(WEEK, removed!)
    expect(await repo.list(WEEK)).toMatchObject({
      checked: ['a', 'c', 'manual:m1'],
      manual: [{ id: 'm1' }],
    })
    expect(await repo.removeManual(WEEK, 'nope')).toBeNull()
  })

  it('stores the aisle order complete and overrides by food id', async () => {
    const repo = createShoppingRepo(createTestDb())
    expect(await repo.aisles()).toEqual({ order: [...DEFAULT_AISLE_ORDER], overrides: {} })
    await repo.setAisleOrder(['supplements', 'produce'])
    await repo.setAisleOverride('sr28:16139', 'pantry')
    await repo.setAisleOverride('sr28:01123', 'other')
    await repo.setAisleOverride('sr28:01123', null)
    expect(await repo.aisles()).toEqual({
      order: [
        'supplements',
        'produce',
        'bakery',
        'dairy',
        'meat_fish',
        'pantry',
        'frozen',
        'other',
      ],
      overrides: { 'sr28:16139': 'pantry' },
    })
  })

  it('reads damaged rows back with defaults', async () => {
    const db = createTestDb()
    await db.pantry.bulkPut([
      { id: 'x', foodId: 'sr28:1', kind: 'on_hand', quantity: { kind: 'mass', grams: -3 } },
      { id: 'y', foodId: 'sr28:2', kind: 'staple' },
      { id: 'z', foodId: 'sr28:3', kind: 'lots' },
    ])
    await db.shoppingState.put({
      id: 'list:2026-11-16:2026-11-22',
      weekStart: '2026-11-16',
      checked: 'all',
      manual: [
        { id: 'm', text: '  ' },
        { id: 'n', text: 'Tea', aisle: 'attic', quantity: { kind: 'count', count: 'x' } },
        7,
      ],
    })
    await db.shoppingState.put({
      id: 'aisles',
      weekStart: '',
      order: ['frozen', 'garage', 3],
      overrides: { a: 'pantry', b: 'roof' },
    })
    const repo = createShoppingRepo(db)
    expect(await repo.snapshot(WEEK)).toEqual({
      pantry: [{ foodId: 'sr28:2', kind: 'staple' }],
      list: { checked: [], manual: [{ id: 'n', text: 'Tea' }] },
      aisles: {
        order: [
          'frozen',
          'produce',
          'bakery',
          'dairy',
          'meat_fish',
          'pantry',
          'supplements',
          'other',
        ],
        overrides: { a: 'pantry' },
      },
    })
  })

  it.each([null, 42, 'text', [], {}])('parses %j as nothing stored', (row) => {
    expect(parseListRow(row)).toEqual({ checked: [], manual: [] })
    expect(parseAislePrefs(row)).toEqual({ order: [...DEFAULT_AISLE_ORDER], overrides: {} })
    expect(parsePantryRow(row)).toBeNull()
  })
})
