/** Medication, folic acid, condition and symptom risk factors of rule base v1 (§6 step 3). */
import { describe, it } from 'vitest'
import type { RiskReasonCode } from '../../../../src/core/b12'
import { med } from './builders'
import { c, check, FOOD3, STOP } from './rule-cases'

describe('medication factors', () => {
  // prettier-ignore
  it.each([
    c('metformin, food only', { medications: [med('metformin')], intakePattern: FOOD3 }, ['MED_METFORMIN'], 'moderate', 'discuss_testing', 'CRYSTALLINE_SOURCE', STOP),
    c('metformin, crystalline 141 %', { medications: [med('metformin')] }, ['MED_METFORMIN'], 'moderate', 'discuss_testing', 'NONE', STOP),
    c('metformin listed twice is one factor', { medications: [med('metformin'), med('metformin', 3)] }, ['MED_METFORMIN'], 'moderate', 'discuss_testing', 'NONE', STOP),
    c('PPI 2 y, crystalline 0 %', { medications: [med('ppi', 2)], intakePattern: FOOD3 }, ['MED_ACID_SUPPRESSANT'], 'moderate', 'discuss_testing', 'CRYSTALLINE_SOURCE', STOP),
    c('PPI 2 y, crystalline 141 %', { medications: [med('ppi', 2)] }, ['MED_ACID_SUPPRESSANT'], 'low', 'none', 'NONE', STOP),
    c('H2 blocker exactly 1 y', { medications: [med('h2ra', 1)], intakePattern: FOOD3 }, ['MED_ACID_SUPPRESSANT'], 'moderate', 'discuss_testing', 'CRYSTALLINE_SOURCE', STOP),
    c('H2 blocker 0.9 y does not count', { medications: [med('h2ra', 0.9)], intakePattern: FOOD3 }, [], 'none', 'none', 'NONE'),
    c('§6a.4 PPI without years counts as long-term', { medications: [med('ppi')], intakePattern: FOOD3 }, ['MED_ACID_SUPPRESSANT'], 'moderate', 'discuss_testing', 'CRYSTALLINE_SOURCE', STOP),
    c('colchicine', { medications: [med('colchicine')], intakePattern: FOOD3 }, ['MED_COLCHICINE'], 'moderate', 'discuss_testing', 'CRYSTALLINE_SOURCE', STOP),
    c('phenobarbital', { medications: [med('phenobarbital')] }, ['MED_NICE_OTHER'], 'low', 'none', 'NONE', STOP),
    c('primidone', { medications: [med('primidone')] }, ['MED_NICE_OTHER'], 'low', 'none', 'NONE', STOP),
    c('pregabalin', { medications: [med('pregabalin')] }, ['MED_NICE_OTHER'], 'low', 'none', 'NONE', STOP),
    c('topiramate', { medications: [med('topiramate')] }, ['MED_NICE_OTHER'], 'low', 'none', 'NONE', STOP),
    c('chloramphenicol', { medications: [med('chloramphenicol')] }, ['MED_CHLORAMPHENICOL'], 'low', 'none', 'NONE', STOP),
    c('nitrous oxide (not a prescribed medicine)', { medications: [med('nitrous_oxide_recreational')] }, ['NITROUS_OXIDE'], 'high', 'see_clinician', 'SEE_CLINICIAN_FIRST'),
    c('unknown class is ignored', { medications: [med('insulin', 10)] }, [], 'none', 'none', 'NONE'),
    c('folic acid 1001 µg, adult', { folicAcidUgPerDay: 1001 }, ['FOLIC_ACID_ABOVE_UL'], 'moderate', 'discuss_testing', 'NONE', ['FOLIC_ACID_ABOVE_UL']),
    c('folic acid 1000 µg, adult (at UL)', { folicAcidUgPerDay: 1000 }, [], 'none', 'none', 'NONE'),
    c('folic acid 401 µg, age 5', { ageYears: 5, folicAcidUgPerDay: 401 }, ['FOLIC_ACID_ABOVE_UL'], 'moderate', 'see_clinician', 'PEDIATRIC_ADVICE', ['FOLIC_ACID_ABOVE_UL']),
    c('folic acid 400 µg, age 5 (at UL)', { ageYears: 5, folicAcidUgPerDay: 400 }, [], 'none', 'none', 'NONE'),
    c('folic acid 301 µg, infant (lowest listed UL)', { ageYears: 0.5, folicAcidUgPerDay: 301 }, ['FOLIC_ACID_ABOVE_UL'], 'moderate', 'discuss_testing', 'NONE', ['FOLIC_ACID_ABOVE_UL']),
  ])('$label', check)
})

const selfManagedIfLoss = (condition: string, code: RiskReasonCode) =>
  c(
    condition,
    { conditions: [condition] },
    [code],
    'high',
    'see_clinician',
    'CLINICIAN_MANAGED_REPLACEMENT',
  )
const otherAutoimmune = (condition: string) =>
  c(condition, { conditions: [condition] }, ['COND_OTHER_AUTOIMMUNE'], 'low', 'none', 'NONE')
const urgent = (symptom: string) =>
  c(
    symptom,
    { symptoms: [symptom] },
    ['SYMPTOMS_URGENT'],
    'high',
    'urgent_same_day',
    'URGENT_SAME_DAY',
  )
const symptom = (s: string) =>
  c(s, { symptoms: [s] }, ['SYMPTOMS'], 'high', 'see_clinician', 'SEE_CLINICIAN_FIRST')

describe('condition and symptom factors', () => {
  // prettier-ignore
  it.each([
    selfManagedIfLoss('pernicious_anaemia', 'COND_AUTOIMMUNE_GASTRITIS'),
    selfManagedIfLoss('autoimmune_gastritis', 'COND_AUTOIMMUNE_GASTRITIS'),
    selfManagedIfLoss('gastrectomy', 'COND_GI_SURGERY'),
    selfManagedIfLoss('bariatric_surgery', 'COND_GI_SURGERY'),
    selfManagedIfLoss('ileal_resection', 'COND_GI_SURGERY'),
    c('atrophic gastritis', { conditions: ['atrophic_gastritis'], intakePattern: FOOD3 }, ['COND_ATROPHIC_GASTRITIS'], 'moderate', 'discuss_testing', 'CRYSTALLINE_SOURCE'),
    c('coeliac disease', { conditions: ['coeliac_disease'], intakePattern: FOOD3 }, ['COND_GI_DISEASE'], 'moderate', 'discuss_testing', 'CRYSTALLINE_SOURCE'),
    c('Crohn’s and coeliac: one factor', { conditions: ['crohns_disease', 'coeliac_disease'], intakePattern: FOOD3 }, ['COND_GI_DISEASE'], 'moderate', 'discuss_testing', 'CRYSTALLINE_SOURCE'),
    c('coeliac, crystalline 141 %', { conditions: ['coeliac_disease'] }, ['COND_GI_DISEASE'], 'moderate', 'discuss_testing', 'NONE'),
    ...['type_1_diabetes', 'autoimmune_thyroid_disease', 'sjogren_syndrome', 'vitiligo'].map(otherAutoimmune),
    c('LHON', { conditions: ['lhon'] }, ['COND_LHON'], 'moderate', 'see_clinician', 'SEE_CLINICIAN_AVOID_CYANOCOBALAMIN', ['AVOID_CYANOCOBALAMIN']),
    c('B12/cobalt allergy', { conditions: ['cobalt_or_b12_hypersensitivity'] }, ['COND_HYPERSENSITIVITY'], 'moderate', 'see_clinician', 'SEE_CLINICIAN_NO_SELF_SUPPLEMENT', ['NO_SUPPLEMENT_WITHOUT_CLINICIAN']),
    c('unknown conditions are ignored', { conditions: ['type_2_diabetes', 'gout'] }, [], 'none', 'none', 'NONE'),
    ...['vision_loss', 'gait_or_balance_problem', 'leg_weakness'].map(urgent),
    ...['paraesthesia', 'memory_problems', 'fatigue', 'sore_tongue', 'mood_change', 'anaemia', 'breathlessness', 'pale_skin'].map(symptom),
    c('urgent and other symptoms', { symptoms: ['leg_weakness', 'fatigue'] }, ['SYMPTOMS_URGENT', 'SYMPTOMS'], 'high', 'urgent_same_day', 'URGENT_SAME_DAY'),
    c('unknown symptom is ignored', { symptoms: ['headache'] }, [], 'none', 'none', 'NONE'),
  ])('$label', check)
})
