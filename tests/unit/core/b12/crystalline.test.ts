/**
 * needsCrystallineB12: the one decision shared by Advice and the meal generator (reference §5).
 * One row per reason, so deleting any single rule fails its row; negative rows pin what is not
 * a crystalline-diet case.
 */
import { describe, expect, it } from 'vitest'
import {
  assessB12,
  needsCrystallineB12,
  type CrystallineReason,
  type MedicationUse,
} from '../../../../src/core/b12'
import { eventOf, item, med, person } from './builders'

interface Row {
  name: string
  ageYears?: number
  medications?: MedicationUse[]
  conditions?: string[]
  reasons: CrystallineReason[]
}

const ROWS: Row[] = [
  { name: '§5 age 51 (IOM)', ageYears: 51, reasons: ['AGE_51_PLUS'] },
  { name: '§5 age 80 (IOM)', ageYears: 80, reasons: ['AGE_51_PLUS'] },
  { name: '§5 metformin (ADA, MHRA)', medications: [med('metformin')], reasons: ['METFORMIN'] },
  { name: '§5 PPI for 2 years', medications: [med('ppi', 2)], reasons: ['ACID_REDUCER'] },
  { name: '§5 H2 blocker for 1 year', medications: [med('h2ra', 1)], reasons: ['ACID_REDUCER'] },
  {
    name: '§6a.4 PPI with years not given counts as long-term',
    medications: [med('ppi')],
    reasons: ['ACID_REDUCER'],
  },
  { name: '§5 colchicine (NICE)', medications: [med('colchicine')], reasons: ['COLCHICINE'] },
  {
    name: '§5 atrophic gastritis (ODS, NICE)',
    conditions: ['atrophic_gastritis'],
    reasons: ['ATROPHIC_GASTRITIS'],
  },
  { name: '§5 coeliac disease', conditions: ['coeliac_disease'], reasons: ['COELIAC_DISEASE'] },
  { name: "§5 Crohn's disease", conditions: ['crohns_disease'], reasons: ['CROHNS_DISEASE'] },
  {
    name: '§5 several reasons in a fixed order',
    ageYears: 70,
    medications: [med('colchicine'), med('metformin')],
    conditions: ['crohns_disease'],
    reasons: ['AGE_51_PLUS', 'METFORMIN', 'COLCHICINE', 'CROHNS_DISEASE'],
  },
  { name: 'negative: 50-year-old with nothing else', ageYears: 50, reasons: [] },
  { name: 'negative: 50.99 years is still under 51', ageYears: 50.99, reasons: [] },
  { name: '§6a.4 negative: PPI for 0.5 years', medications: [med('ppi', 0.5)], reasons: [] },
  { name: '§6a.4 negative: H2 blocker for 0 years', medications: [med('h2ra', 0)], reasons: [] },
  {
    name: 'negative: type 2 diabetes without metformin',
    conditions: ['type_2_diabetes'],
    medications: [med('insulin')],
    reasons: [],
  },
  {
    name: 'negative: pernicious anaemia is clinician-managed, not a crystalline diet (§5)',
    conditions: ['pernicious_anaemia'],
    reasons: [],
  },
  {
    name: 'negative: gastrectomy is clinician-managed, not a crystalline diet (§5)',
    conditions: ['gastrectomy'],
    reasons: [],
  },
  {
    name: 'negative: pregabalin (low, no crystalline rule)',
    medications: [med('pregabalin')],
    reasons: [],
  },
]

describe('needsCrystallineB12', () => {
  it.each(ROWS)('$name', ({ ageYears = 30, medications = [], conditions = [], reasons }) => {
    const need = needsCrystallineB12({ ageYears, medications, conditions })
    expect(need.reasons).toEqual(reasons)
    expect(need.needed).toBe(reasons.length > 0)
  })
})

// Advice uses the same function for its CRYSTALLINE_SOURCE clause (§6 step 5): an omnivore
// under 51 with enough food B12 but no crystalline B12 gets CRYSTALLINE_SOURCE for every
// non-age reason, and NONE without one.
const FOOD_ONLY = [
  eventOf(7, item(2, 'food')),
  eventOf(7, item(2, 'food')),
  eventOf(7, item(2, 'food')),
]

describe('§6 step 5 CRYSTALLINE_SOURCE follows needsCrystallineB12', () => {
  const rows = ROWS.filter((r) => (r.ageYears ?? 30) < 51)
  it.each(rows)('$name', ({ medications = [], conditions = [], reasons }) => {
    const a = assessB12(person({ medications, conditions, intakePattern: FOOD_ONLY }))
    if (conditions.some((c) => ['pernicious_anaemia', 'gastrectomy'].includes(c))) {
      expect(a.suggestionCode).toBe('CLINICIAN_MANAGED_REPLACEMENT')
    } else {
      expect(a.suggestionCode).toBe(reasons.length > 0 ? 'CRYSTALLINE_SOURCE' : 'NONE')
    }
  })
})
