import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  absorbedFromEvent,
  assessB12,
  B12InputError,
  CONDITION_CODES,
  MEDICATION_CLASSES,
  explainContextOf,
  explainSuggestion,
  IF_LOSS_CONDITIONS,
  isPlantBased,
  OTHER_SYMPTOMS,
  RISK_LEVELS,
  URGENT_SYMPTOMS,
  type B12AssessmentInput,
  type EatingEvent,
} from '../../../../src/core/b12'
import { eventOf, item, person } from './builders'

const ug = fc.oneof(fc.constant(0), fc.double({ min: 0, max: 5000, noNaN: true }))
const eventArb: fc.Arbitrary<EatingEvent> = fc.record({
  slot: fc.string({ maxLength: 12 }),
  daysPerWeek: fc.oneof(fc.constantFrom(0, 1, 7), fc.double({ min: 0, max: 7, noNaN: true })),
  items: fc.array(
    fc.record({
      name: fc.string({ maxLength: 8 }),
      ug,
      form: fc.constantFrom('food' as const, 'crystalline' as const, 'not_counted' as const),
    }),
    { maxLength: 5 },
  ),
})
const codeOr = (codes: readonly string[]) =>
  fc.array(fc.oneof(fc.constantFrom(...codes), fc.string({ maxLength: 10 })), { maxLength: 4 })

const inputArb: fc.Arbitrary<B12AssessmentInput> = fc.record(
  {
    ageYears: fc.oneof(
      fc.constantFrom(0, 0.5, 1, 13, 14, 16, 50, 51, 120),
      fc.double({ min: 0, max: 120, noNaN: true }),
    ),
    sex: fc.constantFrom('F' as const, 'M' as const, 'X' as const),
    pregnant: fc.boolean(),
    lactating: fc.boolean(),
    diet: fc.constantFrom(
      'omnivore' as const,
      'pescatarian' as const,
      'lacto_ovo_vegetarian' as const,
      'vegan' as const,
    ),
    medications: fc.array(
      fc.record(
        {
          class: fc.oneof(fc.constantFrom(...MEDICATION_CLASSES), fc.string({ maxLength: 10 })),
          years: fc.double({ min: 0, max: 60, noNaN: true }),
        },
        { requiredKeys: ['class'] },
      ),
      { maxLength: 4 },
    ),
    conditions: codeOr(CONDITION_CODES),
    symptoms: codeOr([...URGENT_SYMPTOMS, ...OTHER_SYMPTOMS]),
    folicAcidUgPerDay: fc.double({ min: 0, max: 10_000, noNaN: true }),
    breastfedByUnsupplementedVeganMother: fc.boolean(),
    // null = intake not known (§6a.2), about one input in four.
    intakePattern: fc.option(fc.array(eventArb, { maxLength: 8 }), { nil: null, freq: 3 }),
  },
  {
    requiredKeys: [
      'ageYears',
      'sex',
      'pregnant',
      'lactating',
      'diet',
      'medications',
      'conditions',
      'symptoms',
      'folicAcidUgPerDay',
      'intakePattern',
    ],
  },
)

describe('absorption model properties', () => {
  it('absorbed amount increases with the dose while the absorbed fraction falls', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
        fc.double({ min: 1e-6, max: 10, noNaN: true }),
        (a, r) => {
          const b = a * (1 + r)
          expect(absorbedFromEvent(b)).toBeGreaterThan(absorbedFromEvent(a))
          expect(absorbedFromEvent(b) / b).toBeLessThan(absorbedFromEvent(a) / a)
        },
      ),
    )
  })

  it('splitting a dose across more events never lowers the absorbed total', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 5000, noNaN: true }), { minLength: 1, maxLength: 8 }),
        (parts) => {
          const whole = parts.reduce((s, p) => s + p, 0)
          const split = parts.reduce((s, p) => s + absorbedFromEvent(p), 0)
          expect(split).toBeGreaterThanOrEqual(absorbedFromEvent(whole) - 1e-9)
        },
      ),
    )
  })

  it('splitting a daily dose over n meals never lowers absorbed/day in assessB12', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 5000, noNaN: true }),
        fc.integer({ min: 1, max: 6 }),
        (dose, n) => {
          const once = assessB12(person({ intakePattern: [eventOf(7, item(dose))] }))
          const spread = assessB12(
            person({ intakePattern: Array.from({ length: n }, () => eventOf(7, item(dose / n))) }),
          )
          expect(spread.absorbedUgPerDay!).toBeGreaterThanOrEqual(once.absorbedUgPerDay! - 1e-9)
          expect(spread.intakeUgPerDay).toBeCloseTo(once.intakeUgPerDay!, 6)
        },
      ),
    )
  })
})

describe('assessB12 properties on random valid input', () => {
  it('never throws, and no amount or coverage is negative or NaN', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = assessB12(input)
        const numbers = [
          r.rdaUg,
          r.targetAbsorbedUgPerDay,
          r.intakeUgPerDay,
          r.intakeCoveragePct,
          r.absorbedUgPerDay,
          r.effectiveCoveragePct,
          r.crystallineCoveragePct,
          r.passiveRouteCoveragePct,
        ]
        for (const n of numbers) {
          if (n === null) continue
          expect(Number.isFinite(n)).toBe(true)
          expect(n).toBeGreaterThanOrEqual(0)
        }
      }),
    )
  })

  it('gives the same output for the same input, and leaves the input untouched', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const copy = structuredClone(input)
        const first = assessB12(input)
        expect(assessB12(copy)).toEqual(first)
        expect(assessB12(input)).toEqual(first)
        expect(input).toEqual(copy)
      }),
    )
  })

  it('keeps the output consistent with the rules', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = assessB12(input)
        expect(r.riskLevel === 'none').toBe(r.riskReasons.length === 0)
        expect(new Set(r.riskReasons).size).toBe(r.riskReasons.length)
        expect(new Set(r.warnings).size).toBe(r.warnings.length)
        expect(r.suggestionText).toBe(
          explainSuggestion(r.suggestionCode, explainContextOf(input)).text,
        )
        expect(r.adequate === null).toBe(r.effectiveCoveragePct === null)
        const unknown = input.intakePattern === null
        expect(r.intakeUgPerDay === null).toBe(unknown)
        expect(r.intakeCoveragePct === null).toBe(input.ageYears < 1 || unknown)
        expect(r.clinicianAction === 'urgent_same_day').toBe(
          r.riskReasons.includes('SYMPTOMS_URGENT'),
        )
        if (r.riskLevel === 'high') expect(r.clinicianAction).not.toBe('none')
        if (input.conditions.includes('lhon'))
          expect(r.suggestionText).not.toMatch(/cyanocobalamin/i)
        if (input.ageYears < 16) {
          expect([
            'HIGH_DOSE_ORAL',
            'PLANT_BASED_OPTIONS',
            'CRYSTALLINE_SOURCE',
            'DIET_OR_SUPPLEMENT',
            'PLANT_BASED_PREGNANCY',
          ]).not.toContain(r.suggestionCode)
        }
      }),
    )
  })
})

const NO_DOSE_FACTORS = [
  'COND_LHON',
  'COND_HYPERSENSITIVITY',
  'SYMPTOMS',
  'SYMPTOMS_URGENT',
  'NITROUS_OXIDE',
] as const
const rank = (level: (typeof RISK_LEVELS)[number]) => RISK_LEVELS.indexOf(level)
/** A week that covers every target, passive route included (3 × 1000 µg crystalline a day). */
const AMPLE = [eventOf(7, item(1000)), eventOf(7, item(1000)), eventOf(7, item(1000))]

describe('rule base v1.1 properties (§6a)', () => {
  it('§6a.2 unknown intake: no intake-derived number, no INTAKE_*/DIET_*_COVERED, never DIET_OR_SUPPLEMENT', () => {
    fc.assert(
      fc.property(inputArb, (generated) => {
        const r = assessB12({ ...generated, intakePattern: null })
        expect(r.intakeUgPerDay).toBeNull()
        expect(r.intakeCoveragePct).toBeNull()
        expect(r.absorbedUgPerDay).toBeNull()
        expect(r.effectiveCoveragePct).toBeNull()
        expect(r.crystallineCoveragePct).toBeNull()
        expect(r.passiveRouteCoveragePct).toBeNull()
        expect(r.adequate).toBeNull()
        for (const code of r.riskReasons) expect(code).not.toMatch(/^INTAKE_(BELOW|VERY)|^DIET_/)
        expect(r.suggestionCode).not.toBe('DIET_OR_SUPPLEMENT')
        expect(r.warnings).not.toContain('UNRELIABLE_SOURCES_NOT_COUNTED')
      }),
    )
  })

  it('§6a.2/§6a.8 INTAKE_UNKNOWN_PLANT_BASED only on unknown intake, plant-based, from 1 year, without IF loss', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = assessB12(input)
        const expected =
          input.intakePattern === null &&
          isPlantBased(input.diet) &&
          input.ageYears >= 1 &&
          !input.conditions.some((c) => IF_LOSS_CONDITIONS.includes(c))
        expect(r.riskReasons.includes('INTAKE_UNKNOWN_PLANT_BASED')).toBe(expected)
      }),
    )
  })

  it('§6a.2 describing an ample week never raises the risk or the clinician step of unknown intake', () => {
    fc.assert(
      fc.property(inputArb, (generated) => {
        const unknown = assessB12({ ...generated, intakePattern: null })
        const ample = assessB12({ ...generated, intakePattern: AMPLE })
        expect(rank(ample.riskLevel)).toBeLessThanOrEqual(rank(unknown.riskLevel))
      }),
    )
  })

  it('§6a.6 no dose under 16, with IF loss, LHON, hypersensitivity, symptoms or nitrous oxide', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = assessB12(input)
        const noDose =
          input.ageYears < 16 ||
          input.conditions.some((c) => IF_LOSS_CONDITIONS.includes(c)) ||
          NO_DOSE_FACTORS.some((code) => r.riskReasons.includes(code))
        if (!noDose) return
        const text = explainSuggestion(r.suggestionCode, explainContextOf(input))
        expect(text.largestDailyDoseUg).toBeNull()
        expect(text.text).not.toMatch(/\d\s*(µg|mg)\b/)
      }),
    )
  })

  it('§6a.3 every plant-based baby gets a clinician step and no dose', () => {
    fc.assert(
      fc.property(inputArb, fc.double({ min: 0, max: 0.99, noNaN: true }), (generated, age) => {
        const input = { ...generated, ageYears: age, diet: 'vegan' as const }
        const r = assessB12(input)
        expect(['see_clinician', 'urgent_same_day']).toContain(r.clinicianAction)
        expect(
          explainSuggestion(r.suggestionCode, explainContextOf(input)).largestDailyDoseUg,
        ).toBeNull()
      }),
    )
  })
})

type Breaker = {
  field: string
  apply: (input: B12AssessmentInput, bad: number) => B12AssessmentInput
}

const nonFinite = fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY)
const negative = fc.double({ min: -1e9, max: -1e-9, noNaN: true })

describe('invalid numbers always throw B12InputError naming the field', () => {
  const cases: [Breaker, fc.Arbitrary<number>][] = [
    [
      { field: 'ageYears', apply: (i, bad) => ({ ...i, ageYears: bad }) },
      fc.oneof(nonFinite, negative, fc.double({ min: 120.000001, max: 1e6, noNaN: true })),
    ],
    [
      { field: 'folicAcidUgPerDay', apply: (i, bad) => ({ ...i, folicAcidUgPerDay: bad }) },
      fc.oneof(nonFinite, negative),
    ],
    [
      {
        field: 'years',
        apply: (i, bad) => ({
          ...i,
          medications: [...i.medications, { class: 'ppi', years: bad }],
        }),
      },
      fc.oneof(nonFinite, negative),
    ],
    [
      {
        field: 'daysPerWeek',
        apply: (i, bad) => ({ ...i, intakePattern: [...(i.intakePattern ?? []), eventOf(bad)] }),
      },
      fc.oneof(nonFinite, negative, fc.double({ min: 7.000001, max: 1e6, noNaN: true })),
    ],
    [
      {
        field: 'ug',
        apply: (i, bad) => ({
          ...i,
          intakePattern: [...(i.intakePattern ?? []), eventOf(1, item(bad, 'food'))],
        }),
      },
      fc.oneof(nonFinite, negative),
    ],
  ]

  it.each(cases)('$field', (breaker, badNumbers) => {
    fc.assert(
      fc.property(inputArb, badNumbers, (input, bad) => {
        try {
          assessB12(breaker.apply(input, bad))
        } catch (error) {
          expect(error).toBeInstanceOf(B12InputError)
          expect((error as B12InputError).field).toBe(breaker.field)
          expect((error as Error).message).toContain(breaker.field)
          return
        }
        throw new Error(`no error for ${breaker.field} = ${bad}`)
      }),
    )
  })
})
