/** Diet, intake and life-stage risk factors of rule base v1 (§6 step 3) as amended by v1.1 (§6a). */
import { describe, it } from 'vitest'
import { eventOf, item, mealsPerDay, med } from './builders'
import { c, check, FOOD3, NOTHING, ONE3 } from './rule-cases'

describe('diet and intake factors', () => {
  // prettier-ignore
  it.each([
    c('no factor at all', {}, [], 'none', 'none', 'NONE'),
    c('vegan, covered', { diet: 'vegan' }, ['DIET_VEGAN_COVERED'], 'low', 'none', 'NONE'),
    c('vegetarian, covered', { diet: 'lacto_ovo_vegetarian' }, ['DIET_VEGETARIAN_COVERED'], 'low', 'none', 'NONE'),
    c('pescatarian, covered (not plant-based)', { diet: 'pescatarian' }, [], 'none', 'none', 'NONE'),
    c('omnivore 82 %', { intakePattern: ONE3 }, ['INTAKE_BELOW_TARGET'], 'low', 'none', 'DIET_OR_SUPPLEMENT'),
    c('pescatarian 82 %', { diet: 'pescatarian', intakePattern: ONE3 }, ['INTAKE_BELOW_TARGET'], 'low', 'none', 'DIET_OR_SUPPLEMENT'),
    c('vegan 82 %', { diet: 'vegan', intakePattern: ONE3 }, ['INTAKE_BELOW_TARGET'], 'moderate', 'none', 'PLANT_BASED_OPTIONS'),
    c('vegetarian 82 %', { diet: 'lacto_ovo_vegetarian', intakePattern: ONE3 }, ['INTAKE_BELOW_TARGET'], 'moderate', 'none', 'PLANT_BASED_OPTIONS'),
    c('vegan 0 %', { diet: 'vegan', intakePattern: NOTHING }, ['INTAKE_VERY_LOW'], 'high', 'discuss_testing', 'PLANT_BASED_OPTIONS'),
    c('vegetarian 0 % (high only if vegan)', { diet: 'lacto_ovo_vegetarian', intakePattern: NOTHING }, ['INTAKE_VERY_LOW'], 'moderate', 'none', 'PLANT_BASED_OPTIONS'),
    // A(0.5) = 0.346 µg → 29 %.
    c('omnivore 29 %', { intakePattern: mealsPerDay(1, 0.5, 'food') }, ['INTAKE_VERY_LOW'], 'moderate', 'none', 'DIET_OR_SUPPLEMENT'),
  ])('$label', check)
})

describe('age and life-stage factors', () => {
  // One 1.2 µg fortified event (A = 0.633 → 53 %) or one 1 µg (47 %), plus two 1 µg food meals.
  const cryst53 = [eventOf(7, item(1.2)), ...mealsPerDay(2, 1, 'food')]
  const cryst47 = [eventOf(7, item(1)), ...mealsPerDay(2, 1, 'food')]
  // prettier-ignore
  it.each([
    c('51, crystalline 141 %', { ageYears: 51 }, ['AGE_51_PLUS'], 'low', 'none', 'NONE'),
    c('60, crystalline 0 %', { ageYears: 60, intakePattern: FOOD3 }, ['AGE_51_PLUS'], 'moderate', 'none', 'CRYSTALLINE_SOURCE'),
    c('60, crystalline 53 %', { ageYears: 60, intakePattern: cryst53 }, ['AGE_51_PLUS'], 'low', 'none', 'NONE'),
    c('60, crystalline 47 %', { ageYears: 60, intakePattern: cryst47 }, ['AGE_51_PLUS'], 'moderate', 'none', 'CRYSTALLINE_SOURCE'),
    c('50.99 is not 51+', { ageYears: 50.99, intakePattern: FOOD3 }, [], 'none', 'none', 'NONE'),
    // Pregnancy target 1.3 µg: 3 × 1 µg → 131 %; one 3 µg → 76 %.
    c('pregnant vegan, covered', { pregnant: true, diet: 'vegan' }, ['DIET_VEGAN_COVERED', 'PREG_LACT_PLANT_BASED'], 'low', 'none', 'NONE'),
    c('pregnant vegan 76 %', { pregnant: true, diet: 'vegan', intakePattern: ONE3 }, ['INTAKE_BELOW_TARGET', 'PREG_LACT_PLANT_BASED'], 'high', 'discuss_testing', 'PLANT_BASED_PREGNANCY'),
    c('lactating vegetarian 0 %', { lactating: true, diet: 'lacto_ovo_vegetarian', intakePattern: NOTHING }, ['INTAKE_VERY_LOW', 'PREG_LACT_PLANT_BASED'], 'high', 'discuss_testing', 'PLANT_BASED_PREGNANCY'),
    // Lactation target 1.4 µg: 2 × 1.5 µg → 103 %, covered.
    c('lactating vegetarian 103 %', { lactating: true, diet: 'lacto_ovo_vegetarian', intakePattern: mealsPerDay(2, 1.5) }, ['DIET_VEGETARIAN_COVERED', 'PREG_LACT_PLANT_BASED'], 'low', 'none', 'NONE'),
    c('pregnant omnivore 76 %', { pregnant: true, intakePattern: ONE3 }, ['INTAKE_BELOW_TARGET'], 'low', 'none', 'DIET_OR_SUPPLEMENT'),
    c('infant of unsupplemented vegan mother', { ageYears: 0.33, breastfedByUnsupplementedVeganMother: true }, ['INFANT_OF_VEGAN_MOTHER'], 'high', 'see_clinician', 'SEE_PEDIATRIC_CLINICIAN'),
    c('infant, no flag', { ageYears: 0.33, intakePattern: NOTHING }, [], 'none', 'none', 'NONE'),
    c('flag ignored from 1 year', { ageYears: 1, breastfedByUnsupplementedVeganMother: true }, [], 'none', 'none', 'NONE'),
  ])('$label', check)
})

describe('§6a.1 coverage-based factors are skipped with IF loss or under 1 year', () => {
  // prettier-ignore
  it.each([
    // AGE_51_PLUS uses a coverage for its level, so it is skipped too (v1 listed it).
    c('§6a.1 gastrectomy at 60: no AGE_51_PLUS', { ageYears: 60, conditions: ['gastrectomy'] }, ['COND_GI_SURGERY'], 'high', 'see_clinician', 'CLINICIAN_MANAGED_REPLACEMENT'),
    c('pernicious anaemia with a PPI', { conditions: ['pernicious_anaemia'], medications: [med('ppi', 5)] }, ['COND_AUTOIMMUNE_GASTRITIS', 'MED_ACID_SUPPRESSANT'], 'high', 'see_clinician', 'CLINICIAN_MANAGED_REPLACEMENT', ['DO_NOT_STOP_PRESCRIBED_MEDICINE']),
    c('§6a.1 pregnant vegan after bariatric surgery: no PREG_LACT_PLANT_BASED', { pregnant: true, diet: 'vegan', conditions: ['bariatric_surgery'] }, ['COND_GI_SURGERY'], 'high', 'see_clinician', 'CLINICIAN_MANAGED_REPLACEMENT'),
    // Coverage-based diet factors are skipped: no DIET_ or INTAKE_ codes.
    c('vegan with pernicious anaemia, nothing logged', { diet: 'vegan', conditions: ['pernicious_anaemia'], intakePattern: NOTHING }, ['COND_AUTOIMMUNE_GASTRITIS'], 'high', 'see_clinician', 'CLINICIAN_MANAGED_REPLACEMENT'),
    c('§6a.3 vegan infant, nothing logged: the infant factor, no diet factor', { ageYears: 0.8, diet: 'vegan', intakePattern: NOTHING }, ['INFANT_PLANT_BASED'], 'moderate', 'see_clinician', 'PEDIATRIC_ADVICE'),
  ])('$label', check)
})
