/**
 * Rule base v1.1 (reference §6a), point by point. Every row names its rule; expected codes were
 * written by hand from §6 and §6a. UNKNOWN is `intakePattern: null` (nothing known), NOTHING is
 * `[]` (known: nothing eaten).
 */
import { describe, expect, it } from 'vitest'
import {
  assessB12,
  SUGGESTION_TEXTS,
  SUGGESTION_VARIANTS,
  THRESHOLD_TOLERANCE_PCT,
  type B12AssessmentInput,
} from '../../../../src/core/b12'
import { reaches as reachesForTest } from '../../../../src/core/b12/thresholds'
import { eventOf, item, med, person } from './builders'
import { c, check, FOOD3, NOTHING, STOP } from './rule-cases'

const UNKNOWN = null

describe('§6a.1 skipped with IF loss or under 1 year', () => {
  // prettier-ignore
  it.each([
    c('§6a.1 pernicious anaemia at 70, vegan, unknown intake: no AGE_51_PLUS, no INTAKE_UNKNOWN_PLANT_BASED (§6a.8)', { ageYears: 70, diet: 'vegan', conditions: ['pernicious_anaemia'], intakePattern: UNKNOWN }, ['COND_AUTOIMMUNE_GASTRITIS'], 'high', 'see_clinician', 'CLINICIAN_MANAGED_REPLACEMENT'),
    c('§6a.1 ileal resection, lactating vegetarian: no PREG_LACT_PLANT_BASED', { lactating: true, diet: 'lacto_ovo_vegetarian', conditions: ['ileal_resection'], intakePattern: NOTHING }, ['COND_GI_SURGERY'], 'high', 'see_clinician', 'CLINICIAN_MANAGED_REPLACEMENT'),
    c('§6a.1 MED_ACID_SUPPRESSANT keeps its own not-applicable rule (moderate)', { ageYears: 70, conditions: ['autoimmune_gastritis'], medications: [med('ppi', 3)] }, ['COND_AUTOIMMUNE_GASTRITIS', 'MED_ACID_SUPPRESSANT'], 'high', 'see_clinician', 'CLINICIAN_MANAGED_REPLACEMENT', STOP),
    c('§6a.1 omnivore baby, nothing logged: no coverage factor', { ageYears: 0.5, intakePattern: NOTHING }, [], 'none', 'none', 'NONE'),
  ])('$label', check)
})

describe('§6a.2 unknown intake is not zero intake', () => {
  // prettier-ignore
  it.each([
    c('§6a.2 omnivore of 30 with nothing known: no risk from missing meals', { intakePattern: UNKNOWN }, [], 'none', 'none', 'NONE'),
    c('§6a.2 omnivore of 75: AGE_51_PLUS moderate, not high', { ageYears: 75, sex: 'M', intakePattern: UNKNOWN }, ['AGE_51_PLUS'], 'moderate', 'none', 'CRYSTALLINE_SOURCE'),
    c('§6a.2 vegan of 6: INTAKE_UNKNOWN_PLANT_BASED moderate, child → see_clinician, no dose', { ageYears: 6, diet: 'vegan', intakePattern: UNKNOWN }, ['INTAKE_UNKNOWN_PLANT_BASED'], 'moderate', 'see_clinician', 'PEDIATRIC_ADVICE'),
    c('§6a.2 vegan adult: INTAKE_UNKNOWN_PLANT_BASED moderate; coverage < 100 % counts as true', { diet: 'vegan', intakePattern: UNKNOWN }, ['INTAKE_UNKNOWN_PLANT_BASED'], 'moderate', 'none', 'PLANT_BASED_OPTIONS'),
    c('§6a.2 lacto-ovo vegetarian adult: INTAKE_UNKNOWN_PLANT_BASED low', { diet: 'lacto_ovo_vegetarian', intakePattern: UNKNOWN }, ['INTAKE_UNKNOWN_PLANT_BASED'], 'low', 'none', 'PLANT_BASED_OPTIONS'),
    c('§6a.2 pescatarian is not plant-based: no factor', { diet: 'pescatarian', intakePattern: UNKNOWN }, [], 'none', 'none', 'NONE'),
    c('§6a.2 pregnant vegan: PREG_LACT_PLANT_BASED moderate + discuss_testing, two moderates → high', { pregnant: true, diet: 'vegan', intakePattern: UNKNOWN }, ['PREG_LACT_PLANT_BASED', 'INTAKE_UNKNOWN_PLANT_BASED'], 'high', 'discuss_testing', 'PLANT_BASED_PREGNANCY'),
    c('§6a.2 lactating vegetarian: PREG_LACT_PLANT_BASED moderate, INTAKE_UNKNOWN_PLANT_BASED low', { lactating: true, diet: 'lacto_ovo_vegetarian', intakePattern: UNKNOWN }, ['PREG_LACT_PLANT_BASED', 'INTAKE_UNKNOWN_PLANT_BASED'], 'moderate', 'discuss_testing', 'PLANT_BASED_PREGNANCY'),
    c('§6a.2 PPI for 3 years: MED_ACID_SUPPRESSANT moderate; crystalline coverage < 100 % counts as true', { medications: [med('ppi', 3)], intakePattern: UNKNOWN }, ['MED_ACID_SUPPRESSANT'], 'moderate', 'discuss_testing', 'CRYSTALLINE_SOURCE', STOP),
    c('§6a.2 65-year-old on metformin: passive-route coverage < 100 % counts as true', { ageYears: 65, medications: [med('metformin')], intakePattern: UNKNOWN }, ['AGE_51_PLUS', 'MED_METFORMIN'], 'high', 'discuss_testing', 'HIGH_DOSE_ORAL', STOP),
    c('§6a.2 colchicine under 51 → CRYSTALLINE_SOURCE', { medications: [med('colchicine')], intakePattern: UNKNOWN }, ['MED_COLCHICINE'], 'moderate', 'discuss_testing', 'CRYSTALLINE_SOURCE', STOP),
    c("§6a.2 Crohn's disease under 51 → CRYSTALLINE_SOURCE", { conditions: ['crohns_disease'], intakePattern: UNKNOWN }, ['COND_GI_DISEASE'], 'moderate', 'discuss_testing', 'CRYSTALLINE_SOURCE'),
    c('§6a.2 a low factor alone: NONE, never DIET_OR_SUPPLEMENT', { medications: [med('pregabalin')], intakePattern: UNKNOWN }, ['MED_NICE_OTHER'], 'low', 'none', 'NONE', STOP),
    c('§6a.2 [] is a real zero (known: nothing eaten)', { intakePattern: NOTHING }, ['INTAKE_VERY_LOW'], 'moderate', 'none', 'DIET_OR_SUPPLEMENT'),
    c('§6a.2 [] for a vegan is a real zero', { diet: 'vegan', intakePattern: NOTHING }, ['INTAKE_VERY_LOW'], 'high', 'discuss_testing', 'PLANT_BASED_OPTIONS'),
  ])('$label', check)

  it('§6a.2 every intake-derived output is null; [] gives zeros', () => {
    const unknown = assessB12(person({ intakePattern: UNKNOWN }))
    expect(unknown).toMatchObject({
      intakeUgPerDay: null,
      intakeCoveragePct: null,
      absorbedUgPerDay: null,
      effectiveCoveragePct: null,
      crystallineCoveragePct: null,
      passiveRouteCoveragePct: null,
      adequate: null,
    })
    expect(unknown.rdaUg).toBe(2.4)
    const zero = assessB12(person({ intakePattern: NOTHING }))
    expect(zero).toMatchObject({
      intakeUgPerDay: 0,
      intakeCoveragePct: 0,
      absorbedUgPerDay: 0,
      adequate: false,
    })
  })

  it('§6a.2 a described week replaces unknown: 75-year-old with a fortified breakfast is low', () => {
    const r = assessB12(person({ ageYears: 75, intakePattern: [eventOf(7, item(25)), ...FOOD3] }))
    expect(r.riskReasons).toEqual(['AGE_51_PLUS'])
    expect(r.riskLevel).toBe('low')
  })
})

describe('§6a.3 infants', () => {
  // prettier-ignore
  it.each([
    c('§6a.3 vegan baby of 6 months, nothing known: INFANT_PLANT_BASED moderate, see_clinician', { ageYears: 0.5, diet: 'vegan', intakePattern: UNKNOWN }, ['INFANT_PLANT_BASED'], 'moderate', 'see_clinician', 'PEDIATRIC_ADVICE'),
    c('§6a.3 lacto-ovo vegetarian baby', { ageYears: 0.25, diet: 'lacto_ovo_vegetarian', intakePattern: NOTHING }, ['INFANT_PLANT_BASED'], 'moderate', 'see_clinician', 'PEDIATRIC_ADVICE'),
    c('§6a.3 omnivore baby: no plant-based factor', { ageYears: 0.5, intakePattern: UNKNOWN }, [], 'none', 'none', 'NONE'),
    c('§6a.3 pescatarian baby: not plant-based', { ageYears: 0.5, diet: 'pescatarian', intakePattern: UNKNOWN }, [], 'none', 'none', 'NONE'),
    c('§6a.3 INFANT_OF_VEGAN_MOTHER raised: INFANT_PLANT_BASED not raised', { ageYears: 0.5, diet: 'vegan', breastfedByUnsupplementedVeganMother: true, intakePattern: UNKNOWN }, ['INFANT_OF_VEGAN_MOTHER'], 'high', 'see_clinician', 'SEE_PEDIATRIC_CLINICIAN'),
    c('§6a.3 from 1 year the child rules apply instead', { ageYears: 1, diet: 'vegan', intakePattern: UNKNOWN }, ['INTAKE_UNKNOWN_PLANT_BASED'], 'moderate', 'see_clinician', 'PEDIATRIC_ADVICE'),
  ])('$label', check)

  it('§6a.3 the baby is told about formula or a supplement the clinician advises, with no dose', () => {
    const r = assessB12(person({ ageYears: 0.5, diet: 'vegan', intakePattern: UNKNOWN }))
    expect(r.suggestionText).toBe(SUGGESTION_VARIANTS.PEDIATRIC_ADVICE_INFANT.text)
    expect(r.suggestionText).toMatch(/fortified infant formula or a supplement they advise/)
    expect(r.suggestionText).not.toMatch(/µg|mg/)
  })
})

describe('§6a.4 acid reducers with unknown duration', () => {
  // prettier-ignore
  it.each([
    c('§6a.4 PPI, years not given: counts as long-term', { medications: [med('ppi')], intakePattern: FOOD3 }, ['MED_ACID_SUPPRESSANT'], 'moderate', 'discuss_testing', 'CRYSTALLINE_SOURCE', STOP),
    c('§6a.4 H2 blocker, years not given: counts as long-term', { medications: [med('h2ra')], intakePattern: FOOD3 }, ['MED_ACID_SUPPRESSANT'], 'moderate', 'discuss_testing', 'CRYSTALLINE_SOURCE', STOP),
    c('§6a.4 PPI for 0.5 years given explicitly: does not count', { medications: [med('ppi', 0.5)], intakePattern: FOOD3 }, [], 'none', 'none', 'NONE'),
    c('§6a.4 PPI for 0 years given explicitly: does not count', { medications: [med('ppi', 0)], intakePattern: FOOD3 }, [], 'none', 'none', 'NONE'),
    c('§6a.4 PPI for exactly 1 year counts', { medications: [med('ppi', 1)], intakePattern: FOOD3 }, ['MED_ACID_SUPPRESSANT'], 'moderate', 'discuss_testing', 'CRYSTALLINE_SOURCE', STOP),
  ])('$label', check)
})

describe('§6a.5 thresholds with a tolerance', () => {
  it('§6a.5 the tolerance is 1e-9 percentage points', () => {
    expect(THRESHOLD_TOLERANCE_PCT).toBe(1e-9)
    expect(reachesForTest(49.99999999999999, 50)).toBe(true)
    expect(reachesForTest(99.99999999999999, 100)).toBe(true)
    expect(reachesForTest(100 - 1e-8, 100)).toBe(false)
    expect(reachesForTest(49.9, 50)).toBe(false)
  })

  it('§6a.5 0.4 + 119.6 µg crystalline a day is 100 % passive route on paper (computes 99.99999999999999 %)', () => {
    const pattern = [eventOf(7, item(0.4)), eventOf(7, item(119.6))]
    const r = assessB12(
      person({ ageYears: 60, medications: [med('metformin')], intakePattern: pattern }),
    )
    expect(r.passiveRouteCoveragePct).toBeLessThan(100)
    expect(r.passiveRouteCoveragePct).toBeCloseTo(100, 9)
    // Not HIGH_DOSE_ORAL: §5 skips the 500–1000 µg dose at ~120 µg crystalline a day.
    expect(r.suggestionCode).toBe('NONE')
    // The same pattern a little lower really is below.
    const lower = [eventOf(7, item(0.4)), eventOf(7, item(119.5))]
    const below = assessB12(
      person({ ageYears: 60, medications: [med('metformin')], intakePattern: lower }),
    )
    expect(below.suggestionCode).toBe('HIGH_DOSE_ORAL')
  })
})

describe('§6a.6 doses only through the person’s own suggestion code', () => {
  // prettier-ignore
  const noDose: [string, Partial<B12AssessmentInput>][] = [
    ['under 16', { ageYears: 15, diet: 'vegan', intakePattern: NOTHING }],
    ['IF loss', { ageYears: 70, conditions: ['gastrectomy'] }],
    ['LHON', { ageYears: 70, conditions: ['lhon'], medications: [med('metformin')] }],
    ['hypersensitivity', { diet: 'vegan', conditions: ['cobalt_or_b12_hypersensitivity'], intakePattern: NOTHING }],
    ['symptoms', { diet: 'vegan', symptoms: ['fatigue'], intakePattern: NOTHING }],
    ['nitrous oxide', { medications: [med('nitrous_oxide_recreational')], intakePattern: NOTHING }],
  ]
  it.each(noDose)('§6a.6 %s: the suggestion names no dose', (_label, input) => {
    const r = assessB12(person(input))
    expect(SUGGESTION_TEXTS[r.suggestionCode].largestDailyDoseUg).toBeNull()
    expect(r.suggestionText).not.toMatch(/\d\s*(µg|mg)\b/)
  })
})

describe('§6a.8 precedence', () => {
  // prettier-ignore
  it.each([
    c('§6a.8 urgent symptoms come before the infant factor', { ageYears: 0.5, diet: 'vegan', symptoms: ['vision_loss'], intakePattern: UNKNOWN }, ['SYMPTOMS_URGENT', 'INFANT_PLANT_BASED'], 'high', 'urgent_same_day', 'URGENT_SAME_DAY'),
    c('§6a.8 clinician-managed replacement comes before the infant factor', { ageYears: 0.5, diet: 'vegan', conditions: ['ileal_resection'], intakePattern: UNKNOWN }, ['COND_GI_SURGERY', 'INFANT_PLANT_BASED'], 'high', 'see_clinician', 'CLINICIAN_MANAGED_REPLACEMENT'),
    c('§6a.8 other symptoms come before the infant factor', { ageYears: 0.5, diet: 'vegan', symptoms: ['pale_skin'], intakePattern: UNKNOWN }, ['SYMPTOMS', 'INFANT_PLANT_BASED'], 'high', 'see_clinician', 'SEE_CLINICIAN_FIRST'),
    c('§6a.8 hypersensitivity comes before the infant factor', { ageYears: 0.5, diet: 'vegan', conditions: ['cobalt_or_b12_hypersensitivity'], intakePattern: UNKNOWN }, ['COND_HYPERSENSITIVITY', 'INFANT_PLANT_BASED'], 'high', 'see_clinician', 'SEE_CLINICIAN_NO_SELF_SUPPLEMENT', ['NO_SUPPLEMENT_WITHOUT_CLINICIAN']),
    c('§6a.8 LHON comes before the infant factor', { ageYears: 0.5, diet: 'vegan', conditions: ['lhon'], intakePattern: UNKNOWN }, ['COND_LHON', 'INFANT_PLANT_BASED'], 'high', 'see_clinician', 'SEE_CLINICIAN_AVOID_CYANOCOBALAMIN', ['AVOID_CYANOCOBALAMIN']),
    c('§6a.8 IF loss wins over unknown intake', { ageYears: 60, pregnant: true, diet: 'vegan', conditions: ['gastrectomy'], intakePattern: UNKNOWN }, ['COND_GI_SURGERY'], 'high', 'see_clinician', 'CLINICIAN_MANAGED_REPLACEMENT'),
  ])('$label', check)

  it('§6a.8 unknown intake with NONE asks for a usual week instead of "no change needed"', () => {
    const r = assessB12(person({ intakePattern: UNKNOWN }))
    expect(r.suggestionCode).toBe('NONE')
    expect(r.suggestionText).toBe(SUGGESTION_VARIANTS.NONE_INTAKE_UNKNOWN.text)
    expect(r.suggestionText).toMatch(/^Nothing to change from what you told us/)
    expect(r.suggestionText).toMatch(/usual week/)
    const known = assessB12(person())
    expect(known.suggestionText).toBe(SUGGESTION_TEXTS.NONE.text)
  })
})
