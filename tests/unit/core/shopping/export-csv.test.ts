import { shopName } from '../../../../src/core/foods'
import { describe, expect, it } from 'vitest'
import {
  applyListState,
  buildShoppingList,
  CSV_HEADER,
  csvField,
  toCsv,
} from '../../../../src/core/shopping'
import { grams, millilitres } from '../../../../src/core/units'
import { SMALL_LIST } from './export-fixture'
import { FOODS, makeEntry, makeRecipe, OAT_DRINK, SOYMILK, TABLE } from './fixtures'

/** A small RFC 4180 reader: CRLF records, quoted fields with doubled quotes and embedded breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let i = 0
  let quoted = false
  while (i < text.length) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i += 2
        continue
      }
      if (c === '"') quoted = false
      else field += c
      i += 1
      continue
    }
    if (c === '"' && field === '') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i += 1
    } else if (c === '\n' || c === '\r' || c === '"')
      throw new Error(`bare ${JSON.stringify(c)} at ${i}`)
    else field += c
    i += 1
  }
  if (quoted) throw new Error('unterminated quote')
  if (field !== '' || row.length > 0) throw new Error('last record without CRLF')
  return rows
}

const AWKWARD = [
  'Crème fraîche',
  '🥛 oat drink',
  'Tofu, "silken", soft',
  'Line one\nline two',
  'Carriage\rreturn',
  '=SUM(A1)',
  '+44 biscuits',
  '-minus',
  '@handle',
  '\ttabbed',
  'plain',
]

const awkwardList = () => {
  const recipe = makeRecipe('r', 'Stew, "hearty"\r\nstyle', 1, [[SOYMILK, 243]])
  return applyListState(
    buildShoppingList({
      entries: [
        makeEntry('alex', '2025-03-03', { kind: 'recipe', recipeId: recipe.id, servings: 1 }),
      ],
      recipes: [recipe],
      foods: FOODS,
      range: { from: '2025-03-03', to: '2025-03-09' },
      packages: TABLE,
      manual: [
        ...AWKWARD.map((text, i) => ({
          id: `m${i}`,
          text,
          quantity: { kind: 'mass' as const, grams: grams(100 + i) },
        })),
        {
          id: 'oat',
          text: 'oat',
          foodId: OAT_DRINK.id,
          quantity: { kind: 'volume' as const, millilitres: millilitres(500) },
        },
      ],
    }),
    { checked: ['manual:m0', 'manual:m5'] },
  ).list
}

describe('toCsv', () => {
  it("is RFC 4180 with CRLF and a header; awkward names read back exactly (formula cells quoted with ')", () => {
    const list = awkwardList()
    const csv = toCsv(list, { system: 'metric' })
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(csv.charCodeAt(0)).not.toBe(0xfeff)
    const rows = parseCsv(csv)
    expect(rows[0]).toEqual([...CSV_HEADER])
    expect(rows.every((r) => r.length === CSV_HEADER.length)).toBe(true)
    const items = rows.slice(1).map((r) => r[1])
    const guarded = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s)
    for (const name of AWKWARD) expect(items).toContain(guarded(name))
    expect(items).toContain("'=SUM(A1)")
    expect(items).toContain('Crème fraîche')
    expect(items).toContain('🥛 oat drink')
    expect(items).toContain('Line one\nline two')
    const byName = new Map(rows.slice(1).map((r) => [r[1], r]))
    expect(byName.get('Crème fraîche')).toEqual([
      'Other',
      'Crème fraîche',
      '100',
      'g',
      '',
      'yes',
      '',
      '',
    ])
    expect(byName.get("'=SUM(A1)")![5]).toBe('yes')
    expect(byName.get(shopName(SOYMILK, 'metric'))).toEqual([
      'Dairy and alternatives',
      shopName(SOYMILK, 'metric'),
      '240',
      'ml',
      '1 × 1 L carton',
      'no',
      'Stew, "hearty"\r\nstyle',
      '',
    ])
    expect(byName.get(shopName(OAT_DRINK, 'metric'))!.slice(2, 5)).toEqual([
      '500',
      'ml',
      '1 × 1 L carton',
    ])
  })

  it('adds a UTF-8 byte-order mark on request', () => {
    const csv = toCsv(SMALL_LIST, { system: 'metric', bom: true })
    expect(csv.startsWith('\uFEFFAisle,Item,')).toBe(true)
    expect(parseCsv(csv.slice(1))).toHaveLength(SMALL_LIST.lines.length + 1)
  })

  it('writes the small list exactly', () => {
    expect(toCsv(SMALL_LIST, { system: 'us' })).toBe(
      [
        'Aisle,Item,Quantity,Unit,Packages,Checked,Source recipes,Notes',
        'Produce,Bananas,2,medium,,no,Banana *shake*,',
        'Dairy and alternatives,Eggs,6,large,1 carton of 6,yes,,',
        'Dairy and alternatives,"Soya drink, original and vanilla",2,qt,1 × half-gallon carton,no,Banana *shake*,',
        'Supplements,Vitamin B12 tablet 1000 µg (cyanocobalamin),28,tablets,"1 bottle of 30 B12 tablets, 1000 µg",no,,',
        'Other,Washing-up liquid [eco],,,,no,,',
        'Already at home,Olive oil,,,,at home,,in pantry',
        '',
      ].join('\r\n'),
    )
  })

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['x\ny', '"x\ny"'],
    ['=1+1', "'=1+1"],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['-3', "'-3"],
    ['\r=x', `"'\r=x"`],
    ['', ''],
    ['Crème', 'Crème'],
  ])('csvField(%j) = %j', (input, output) => {
    expect(csvField(input)).toBe(output)
  })
})
