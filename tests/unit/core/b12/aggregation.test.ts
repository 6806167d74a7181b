/** Aggregation, suggestion precedence and warnings of rule base v1 (§6 steps 4–6). */
import { describe, expect, it } from 'vitest'
import { assessB12 } from '../../../../src/core/b12'
import { ADEQUATE, eventOf, item, mealsPerDay, med, person, sorted } from './builders'
import { c, check, FOOD3, NOTHING, ONE3, STOP } from './rule-cases'

describe('aggregation (§6 step 4)', () => {
  // prettier-ignore
  it.each([
    // INTAKE_BELOW_TARGET (vegetarian, moderate) + AGE_51_PLUS (crystalline 0 %, moderate):
    // two moderates → high; neither has an action → discuss_testing.
    c('two moderates without action → high + discuss_testing', { ageYears: 60, diet: 'lacto_ovo_vegetarian', intakePattern: mealsPerDay(1, 3, 'food') }, ['INTAKE_BELOW_TARGET', 'AGE_51_PLUS'], 'high', 'discuss_testing', 'PLANT_BASED_OPTIONS'),
    c('two moderate medicines → high', { medications: [med('metformin'), med('colchicine')] }, ['MED_METFORMIN', 'MED_COLCHICINE'], 'high', 'discuss_testing', 'NONE', STOP),
    c('moderate + low → moderate', { medications: [med('metformin'), med('pregabalin')] }, ['MED_METFORMIN', 'MED_NICE_OTHER'], 'moderate', 'discuss_testing', 'NONE', STOP),
    c('two lows → low', { medications: [med('pregabalin'), med('chloramphenicol')] }, ['MED_NICE_OTHER', 'MED_CHLORAMPHENICOL'], 'low', 'none', 'NONE', STOP),
    c('LHON + allergy: two moderates → high, highest action', { conditions: ['lhon', 'cobalt_or_b12_hypersensitivity'] }, ['COND_LHON', 'COND_HYPERSENSITIVITY'], 'high', 'see_clinician', 'SEE_CLINICIAN_NO_SELF_SUPPLEMENT', ['AVOID_CYANOCOBALAMIN', 'NO_SUPPLEMENT_WITHOUT_CLINICIAN']),
    // Age 1–15 with risk >= moderate → see_clinician.
    c('age 10, 0 % (moderate) → see_clinician', { ageYears: 10, intakePattern: NOTHING }, ['INTAKE_VERY_LOW'], 'moderate', 'see_clinician', 'PEDIATRIC_ADVICE'),
    c('age 1, 0 % → see_clinician', { ageYears: 1, intakePattern: NOTHING }, ['INTAKE_VERY_LOW'], 'moderate', 'see_clinician', 'PEDIATRIC_ADVICE'),
    c('age 15.99, 0 % → see_clinician', { ageYears: 15.99, intakePattern: NOTHING }, ['INTAKE_VERY_LOW'], 'moderate', 'see_clinician', 'PEDIATRIC_ADVICE'),
    c('age 16, 0 % → adult rules', { ageYears: 16, intakePattern: NOTHING }, ['INTAKE_VERY_LOW'], 'moderate', 'none', 'DIET_OR_SUPPLEMENT'),
    c('vegan age 10, 0 % (high) → see_clinician', { ageYears: 10, diet: 'vegan', intakePattern: NOTHING }, ['INTAKE_VERY_LOW'], 'high', 'see_clinician', 'PEDIATRIC_ADVICE'),
    // Target 0.9 µg: A(1) = 0.566 → 63 %: low for an omnivore child.
    c('age 10, 63 % (low) → no action, NONE', { ageYears: 10, intakePattern: mealsPerDay(1, 1, 'food') }, ['INTAKE_BELOW_TARGET'], 'low', 'none', 'NONE'),
    c('child with an urgent symptom stays urgent', { ageYears: 10, symptoms: ['vision_loss'] }, ['SYMPTOMS_URGENT'], 'high', 'urgent_same_day', 'URGENT_SAME_DAY'),
    c('infant with a symptom', { ageYears: 0.5, symptoms: ['fatigue'] }, ['SYMPTOMS'], 'high', 'see_clinician', 'SEE_CLINICIAN_FIRST'),
  ])('$label', check)
})

describe('suggestion precedence (§6 step 5)', () => {
  // prettier-ignore
  it.each([
    c('urgent beats managed replacement', { symptoms: ['vision_loss'], conditions: ['pernicious_anaemia'] }, ['SYMPTOMS_URGENT', 'COND_AUTOIMMUNE_GASTRITIS'], 'high', 'urgent_same_day', 'URGENT_SAME_DAY'),
    c('managed replacement beats paediatric', { ageYears: 0.5, breastfedByUnsupplementedVeganMother: true, conditions: ['ileal_resection'] }, ['INFANT_OF_VEGAN_MOTHER', 'COND_GI_SURGERY'], 'high', 'see_clinician', 'CLINICIAN_MANAGED_REPLACEMENT'),
    c('paediatric beats symptoms', { ageYears: 0.5, breastfedByUnsupplementedVeganMother: true, symptoms: ['pale_skin'] }, ['INFANT_OF_VEGAN_MOTHER', 'SYMPTOMS'], 'high', 'see_clinician', 'SEE_PEDIATRIC_CLINICIAN'),
    c('nitrous oxide beats allergy', { medications: [med('nitrous_oxide_recreational')], conditions: ['cobalt_or_b12_hypersensitivity'] }, ['NITROUS_OXIDE', 'COND_HYPERSENSITIVITY'], 'high', 'see_clinician', 'SEE_CLINICIAN_FIRST', ['NO_SUPPLEMENT_WITHOUT_CLINICIAN']),
    c('LHON beats paediatric advice', { ageYears: 10, conditions: ['lhon'] }, ['COND_LHON'], 'moderate', 'see_clinician', 'SEE_CLINICIAN_AVOID_CYANOCOBALAMIN', ['AVOID_CYANOCOBALAMIN']),
    c('under 16 with metformin → paediatric advice', { ageYears: 12, medications: [med('metformin')], intakePattern: FOOD3 }, ['MED_METFORMIN'], 'moderate', 'see_clinician', 'PEDIATRIC_ADVICE', STOP),
    c('60, metformin, vegan, 0 % → high dose', { ageYears: 60, diet: 'vegan', medications: [med('metformin')], intakePattern: NOTHING }, ['INTAKE_VERY_LOW', 'AGE_51_PLUS', 'MED_METFORMIN'], 'high', 'discuss_testing', 'HIGH_DOSE_ORAL', STOP),
    c('60, PPI 3 y, food only → high dose', { ageYears: 60, medications: [med('ppi', 3)], intakePattern: FOOD3 }, ['AGE_51_PLUS', 'MED_ACID_SUPPRESSANT'], 'high', 'discuss_testing', 'HIGH_DOSE_ORAL', STOP),
    c('60, atrophic gastritis → high dose', { ageYears: 60, conditions: ['atrophic_gastritis'], intakePattern: FOOD3 }, ['AGE_51_PLUS', 'COND_ATROPHIC_GASTRITIS'], 'high', 'discuss_testing', 'HIGH_DOSE_ORAL'),
    // 110 µg/day crystalline: passive route 92 % → the dose is still suggested.
    c('60, metformin, 110 µg/day → high dose', { ageYears: 60, medications: [med('metformin')], intakePattern: mealsPerDay(1, 110) }, ['AGE_51_PLUS', 'MED_METFORMIN'], 'moderate', 'discuss_testing', 'HIGH_DOSE_ORAL', STOP),
    // 130 µg/day: passive route 108 % → skip the dose; crystalline 232 % → NONE.
    c('60, metformin, 130 µg/day → none', { ageYears: 60, medications: [med('metformin')], intakePattern: mealsPerDay(1, 130) }, ['AGE_51_PLUS', 'MED_METFORMIN'], 'moderate', 'discuss_testing', 'NONE', STOP),
    c('60, low acid suppressant → not high dose', { ageYears: 60, medications: [med('ppi', 3)] }, ['AGE_51_PLUS', 'MED_ACID_SUPPRESSANT'], 'low', 'none', 'NONE', STOP),
    c('60, colchicine (not in the high-dose list) → crystalline', { ageYears: 60, medications: [med('colchicine')], intakePattern: FOOD3 }, ['AGE_51_PLUS', 'MED_COLCHICINE'], 'high', 'discuss_testing', 'CRYSTALLINE_SOURCE', STOP),
    c('40, lactating vegan, metformin → pregnancy advice', { ageYears: 40, lactating: true, diet: 'vegan', medications: [med('metformin')], intakePattern: NOTHING }, ['INTAKE_VERY_LOW', 'PREG_LACT_PLANT_BASED', 'MED_METFORMIN'], 'high', 'discuss_testing', 'PLANT_BASED_PREGNANCY', STOP),
    c('vegan with metformin, 82 % → plant-based options', { diet: 'vegan', medications: [med('metformin')], intakePattern: ONE3 }, ['INTAKE_BELOW_TARGET', 'MED_METFORMIN'], 'high', 'discuss_testing', 'PLANT_BASED_OPTIONS', STOP),
    c('omnivore with metformin, 82 % → crystalline', { medications: [med('metformin')], intakePattern: ONE3 }, ['INTAKE_BELOW_TARGET', 'MED_METFORMIN'], 'moderate', 'discuss_testing', 'CRYSTALLINE_SOURCE', STOP),
  ])('$label', check)
})

describe('warnings (§6 step 6)', () => {
  // prettier-ignore
  it.each([
    c('unreliable source logged', { intakePattern: [...ADEQUATE, eventOf(7, item(5, 'not_counted', 'spirulina'))] }, [], 'none', 'none', 'NONE', ['UNRELIABLE_SOURCES_NOT_COUNTED']),
    c('unreliable source on 0 days is still named', { intakePattern: [...ADEQUATE, eventOf(0, item(0, 'not_counted', 'nori'))] }, [], 'none', 'none', 'NONE', ['UNRELIABLE_SOURCES_NOT_COUNTED']),
    c('all five at once', { folicAcidUgPerDay: 5000, conditions: ['lhon', 'cobalt_or_b12_hypersensitivity'], medications: [med('metformin')], intakePattern: [...ADEQUATE, eventOf(7, item(1, 'not_counted'))] }, ['FOLIC_ACID_ABOVE_UL', 'COND_LHON', 'COND_HYPERSENSITIVITY', 'MED_METFORMIN'], 'high', 'see_clinician', 'SEE_CLINICIAN_NO_SELF_SUPPLEMENT', ['FOLIC_ACID_ABOVE_UL', 'AVOID_CYANOCOBALAMIN', 'NO_SUPPLEMENT_WITHOUT_CLINICIAN', 'DO_NOT_STOP_PRESCRIBED_MEDICINE', 'UNRELIABLE_SOURCES_NOT_COUNTED']),
  ])('$label', check)

  it('lists each reason and warning once', () => {
    const meds = [med('ppi', 2), med('h2ra', 2), med('pregabalin'), med('topiramate')]
    const r = assessB12(person({ medications: meds }))
    expect(sorted(r.riskReasons)).toEqual(['MED_ACID_SUPPRESSANT', 'MED_NICE_OTHER'])
    expect(r.warnings).toEqual(['DO_NOT_STOP_PRESCRIBED_MEDICINE'])
  })
})
