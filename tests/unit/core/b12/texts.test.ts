import { describe, expect, it } from 'vitest'
import {
  assessB12,
  CLINICIAN_ACTIONS,
  CLINICIAN_ACTION_TEXTS,
  CHILD_CLINICIAN_TEXTS,
  DISCLAIMERS,
  MAX_SUGGESTED_UG_PER_DAY,
  REASON_TEXTS,
  RISK_REASON_CODES,
  SOURCES,
  SOURCE_TAGS,
  SUGGESTION_CODES,
  SUGGESTION_TEXTS,
  SUGGESTION_VARIANTS,
  WARNING_CODES,
  WARNING_TEXTS,
  type Explanation,
} from '../../../../src/core/b12'
import { person } from './builders'

const allTexts: [string, Explanation][] = [
  ...RISK_REASON_CODES.map((code) => [code, REASON_TEXTS[code]] as [string, Explanation]),
  ...SUGGESTION_CODES.map((code) => [code, SUGGESTION_TEXTS[code]] as [string, Explanation]),
  ...WARNING_CODES.map((code) => [code, WARNING_TEXTS[code]] as [string, Explanation]),
  ...CLINICIAN_ACTIONS.map((code) => [code, CLINICIAN_ACTION_TEXTS[code]] as [string, Explanation]),
  ...Object.entries(SUGGESTION_VARIANTS),
  ...Object.entries(CHILD_CLINICIAN_TEXTS),
]

describe('every code has plain text and its sources, as data', () => {
  it('covers exactly the codes of the contract', () => {
    expect(Object.keys(REASON_TEXTS).sort()).toEqual([...RISK_REASON_CODES].sort())
    expect(Object.keys(SUGGESTION_TEXTS).sort()).toEqual([...SUGGESTION_CODES].sort())
    expect(Object.keys(WARNING_TEXTS).sort()).toEqual([...WARNING_CODES].sort())
    expect(Object.keys(CLINICIAN_ACTION_TEXTS).sort()).toEqual([...CLINICIAN_ACTIONS].sort())
    // 23 of §6 plus INTAKE_UNKNOWN_PLANT_BASED (§6a.2) and INFANT_PLANT_BASED (§6a.3).
    expect(RISK_REASON_CODES).toHaveLength(25)
    expect(RISK_REASON_CODES).toContain('INTAKE_UNKNOWN_PLANT_BASED')
    expect(RISK_REASON_CODES).toContain('INFANT_PLANT_BASED')
    expect(SUGGESTION_CODES).toHaveLength(13)
    expect(WARNING_CODES).toHaveLength(5)
  })

  it.each(allTexts)('%s: short plain label and text, at least one cited source', (_code, e) => {
    expect(e.label.length).toBeGreaterThan(0)
    expect(e.label.length).toBeLessThanOrEqual(60)
    expect(e.text.length).toBeGreaterThan(10)
    expect(e.text.length).toBeLessThanOrEqual(300)
    // No clinical shorthand or symbols a lay reader would stumble on.
    expect(e.text).not.toMatch(/≥|≤|\bq\.?d\.?\b|\bp\.o\.|\bi\.m\.|\bIF\b|\bMMA\b|\bRDA\b/)
    expect(e.sources.length).toBeGreaterThan(0)
    for (const source of e.sources) {
      expect(SOURCE_TAGS).toContain(source.tag)
      expect(source.section.length).toBeGreaterThan(0)
      expect(source.organisation).toBe(SOURCES[source.tag].organisation)
      expect(source.title.length).toBeGreaterThan(0)
    }
  })

  it('links only to the addresses listed in §0', () => {
    expect(SOURCES.IOM.url).toBe('https://www.ncbi.nlm.nih.gov/books/NBK114302/')
    expect(SOURCES.ODS.url).toBe('https://ods.od.nih.gov/factsheets/VitaminB12-HealthProfessional/')
    expect(SOURCES.NICE.url).toBe('https://www.nice.org.uk/guidance/ng239')
    expect(SOURCES.VS.url).toBe(
      'https://www.vegansociety.com/resources/nutrition-and-health/nutrients/vitamin-b12',
    )
    const linked = SOURCE_TAGS.filter((tag) => SOURCES[tag].url !== null)
    expect(linked.sort()).toEqual(['IOM', 'NICE', 'ODS', 'VS'])
  })
})

describe('suggestion texts', () => {
  /** Every daily or weekly amount named in a sentence, in µg (mg converted). */
  const amountsUg = (text: string) => [
    // "500 to 1000 µg" names both ends.
    ...[...text.matchAll(/(\d[\d,]*(?:\.\d+)?)(?:\s*to\s*(\d[\d,]*(?:\.\d+)?))?\s*µg/g)].flatMap(
      (m) => [m[1], m[2]].filter((n) => n !== undefined).map((n) => Number(n.replace(/,/g, ''))),
    ),
    ...[...text.matchAll(/(\d+(?:\.\d+)?)\s*mg\b/g)].map((m) => Number(m[1]) * 1000),
  ]

  it.each(SUGGESTION_CODES)('%s never names more than 2000 µg', (code) => {
    const s = SUGGESTION_TEXTS[code]
    for (const ug of amountsUg(s.text)) expect(ug).toBeLessThanOrEqual(MAX_SUGGESTED_UG_PER_DAY)
    expect(s.largestDailyDoseUg ?? 0).toBeLessThanOrEqual(MAX_SUGGESTED_UG_PER_DAY)
    if (s.largestDailyDoseUg !== null) {
      expect(Math.max(...amountsUg(s.text))).toBe(s.largestDailyDoseUg)
    }
  })

  it.each([
    ['DIET_OR_SUPPLEMENT', [10, 100]],
    ['CRYSTALLINE_SOURCE', [10, 100]],
    ['HIGH_DOSE_ORAL', [500, 1000]],
    ['PLANT_BASED_OPTIONS', [3, 10, 2000]],
    ['PLANT_BASED_PREGNANCY', [10, 2000]],
  ] as const)('%s carries the doses of §5', (code, doses) => {
    const named = amountsUg(SUGGESTION_TEXTS[code].text)
    for (const dose of doses) expect(named).toContain(dose)
  })

  it.each(['PEDIATRIC_ADVICE_INFANT', 'NONE_INTAKE_UNKNOWN'] as const)(
    '§6a.6 variant %s suggests no dose',
    (k) => {
      const s = SUGGESTION_VARIANTS[k]
      expect(amountsUg(s.text)).toEqual([])
      expect(s.largestDailyDoseUg).toBeNull()
    },
  )

  it('§6a.6 the age-only wording of CRYSTALLINE_SOURCE gives exactly the doses of its code', () => {
    const variant = SUGGESTION_VARIANTS.CRYSTALLINE_SOURCE_AGE_ONLY
    expect(amountsUg(variant.text)).toEqual(amountsUg(SUGGESTION_TEXTS.CRYSTALLINE_SOURCE.text))
    expect(variant.largestDailyDoseUg).toBe(SUGGESTION_TEXTS.CRYSTALLINE_SOURCE.largestDailyDoseUg)
  })

  it.each([
    'SEE_CLINICIAN_AVOID_CYANOCOBALAMIN',
    'SEE_CLINICIAN_NO_SELF_SUPPLEMENT',
    'SEE_CLINICIAN_FIRST',
    'SEE_PEDIATRIC_CLINICIAN',
    'PEDIATRIC_ADVICE',
    'URGENT_SAME_DAY',
    'CLINICIAN_MANAGED_REPLACEMENT',
  ] as const)('§6a.6 %s suggests no dose', (code) => {
    expect(amountsUg(SUGGESTION_TEXTS[code].text)).toEqual([])
    expect(SUGGESTION_TEXTS[code].largestDailyDoseUg).toBeNull()
  })

  it('assessB12 returns the sentence of its code', () => {
    const r = assessB12(person({ diet: 'vegan', intakePattern: [] }))
    expect(r.suggestionCode).toBe('PLANT_BASED_OPTIONS')
    expect(r.suggestionText).toBe(SUGGESTION_TEXTS.PLANT_BASED_OPTIONS.text)
    expect(r.suggestionText).toContain('at least 10 µg once a day')
  })

  it('never names cyanocobalamin to a person with LHON', () => {
    const r = assessB12(
      person({
        conditions: ['lhon'],
        ageYears: 70,
        medications: [{ class: 'metformin' }],
        intakePattern: [],
      }),
    )
    expect(r.suggestionCode).toBe('SEE_CLINICIAN_AVOID_CYANOCOBALAMIN')
    expect(r.suggestionText).not.toMatch(/cyanocobalamin/i)
  })
})

describe('disclaimers of §8', () => {
  it('holds the five sentences word for word', () => {
    expect(Object.values(DISCLAIMERS)).toHaveLength(5)
    expect(DISCLAIMERS.estimatesOnly).toMatch(/^This planner estimates vitamin B12/)
    expect(DISCLAIMERS.medicines).toBe(
      'Do not stop or change a prescribed medicine (for example metformin or acid-reducing tablets) because of this app.',
    )
    expect(DISCLAIMERS.variation).toBe(
      'Amounts absorbed are estimates from published averages; individual absorption varies.',
    )
  })
})
