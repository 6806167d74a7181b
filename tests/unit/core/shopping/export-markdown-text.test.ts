import { describe, expect, it } from 'vitest'
import {
  escapeMarkdown,
  toMarkdown,
  toPlainText,
  toPrintModel,
} from '../../../../src/core/shopping'
import { SMALL_LIST } from './export-fixture'

describe('toMarkdown', () => {
  it('writes a checklist grouped under aisle headings', () => {
    expect(toMarkdown(SMALL_LIST, { system: 'metric' })).toBe(
      [
        '# Shopping list 2025-03-03 to 2025-03-05',
        '',
        '## Produce',
        '',
        '- [ ] 2 medium Bananas',
        '',
        '## Dairy and alternatives',
        '',
        '- [x] 1 box of 6 Eggs',
        '- [ ] 2 × 1 L cartons Soya drink, original and vanilla',
        '',
        '## Supplements',
        '',
        '- [ ] 1 bottle of 30 B12 tablets, 1000 µg Vitamin B12 tablet 1000 µg (cyanocobalamin)',
        '',
        '## Other',
        '',
        '- [ ] Washing-up liquid \\[eco\\]',
        '',
        '## Already at home',
        '',
        '- Olive oil (in pantry)',
        '',
        '_Package sizes are typical; check what your shop sells._',
        '',
      ].join('\n'),
    )
  })

  it('uses US packages and an optional title', () => {
    const md = toMarkdown(SMALL_LIST, { system: 'us', title: 'Week 10' })
    expect(md.startsWith('# Week 10\n\n## Produce\n')).toBe(true)
    expect(md).toContain('- [ ] 1 × half-gallon carton Soya drink')
    expect(md).toContain('- [x] 1 carton of 6 Eggs')
  })

  it.each([
    ['Tofu *silken*', 'Tofu \\*silken\\*'],
    ['snake_case [x] `code`', 'snake\\_case \\[x\\] \\`code\\`'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['# not a heading', '\\# not a heading'],
    ['- not a list', '\\- not a list'],
    ['1. not a list', '1\\. not a list'],
    ['a | b ~ c & d! \\', 'a \\| b \\~ c \\& d\\! \\\\'],
    ['two\nlines', 'two lines'],
    ['Crème fraîche 🥛', 'Crème fraîche 🥛'],
    ['whole-wheat (sliced)', 'whole-wheat (sliced)'],
  ])('escapeMarkdown(%j) = %j', (input, output) => {
    expect(escapeMarkdown(input)).toBe(output)
  })
})

describe('toPlainText', () => {
  it('groups by aisle with ☐/☑ boxes and an aligned amount column', () => {
    expect(toPlainText(SMALL_LIST, { system: 'metric' })).toBe(
      [
        'Shopping list 2025-03-03 to 2025-03-05',
        '',
        'Produce',
        '  ☐ 2 medium                             Bananas',
        '',
        'Dairy and alternatives',
        '  ☑ 1 box of 6                           Eggs',
        '  ☐ 2 × 1 L cartons                      Soya drink, original and vanilla',
        '',
        'Supplements',
        '  ☐ 1 bottle of 30 B12 tablets, 1000 µg  Vitamin B12 tablet 1000 µg (cyanocobalamin)',
        '',
        'Other',
        '  ☐                                      Washing-up liquid [eco]',
        '',
        'Already at home',
        '  Olive oil (in pantry)',
        '',
        'Package sizes are typical; check what your shop sells.',
        '',
      ].join('\n'),
    )
  })

  it('ASCII boxes, US units, no title', () => {
    const text = toPlainText(SMALL_LIST, { system: 'us', boxes: 'ascii', title: '' })
    expect(text.split('\n').slice(0, 6)).toEqual([
      'Produce',
      '  [ ] 2 medium                             Bananas',
      '',
      'Dairy and alternatives',
      '  [x] 1 carton of 6                        Eggs',
      '  [ ] 1 × half-gallon carton               Soya drink, original and vanilla',
    ])
  })
})

describe('toPrintModel', () => {
  it('gives sections and rows with buy and need texts and the typical-size footnote', () => {
    const model = toPrintModel(SMALL_LIST, { system: 'metric' })
    expect(model.title).toBe('Shopping list 2025-03-03 to 2025-03-05')
    expect(model.subtitle).toBe('2025-03-03 to 2025-03-05 · 6 items, 1 checked')
    expect(model.sections.map((s) => s.heading)).toEqual([
      'Produce',
      'Dairy and alternatives',
      'Supplements',
      'Other',
    ])
    expect(model.sections[1]!.rows[1]).toEqual({
      key: 'sr28:16139',
      checked: false,
      name: 'Soya drink, original and vanilla',
      buy: '2 × 1 L cartons',
      quantity: '1.8 L → 2 × 1 L cartons',
      notes: [],
      recipes: ['Banana *shake*'],
    })
    expect(model.atHome).toEqual({
      heading: 'Already at home',
      rows: [expect.objectContaining({ name: 'Olive oil', notes: ['in pantry'] })],
    })
    expect(model.periodNotes).toEqual([])
    expect(model.footnote).toBe('Package sizes are typical; check what your shop sells.')
  })
})
