import { describe, expect, it } from 'vitest'
import type { MedicationUse } from '../../../../src/core/b12'
import { dailyTargets, needsCrystalline } from '../../../../src/core/planning/person'
import { person } from '../../../fixtures/planning/people'

/** A 40-year-old (under the age rule), so only the medicine or condition can ask for crystalline B12. */
const at40 = (medications: MedicationUse[] = [], conditions: string[] = []) =>
  person('p', 'omnivore', 40, 70, 2200, { medications, conditions })

describe('dailyTargets: the crystalline share comes from the one needsCrystallineB12 rule (reference §5)', () => {
  // Each row (expected crystalline µg absorbed a day) fails if its rule is removed from the B12
  // core or if the planner stops asking it.
  it.each<[string, ReturnType<typeof at40>, number]>([
    ['§5 age 51 (IOM)', person('p', 'omnivore', 51, 70, 2200), 0.6],
    ['§5 metformin at 40', at40([{ class: 'metformin' }]), 0.6],
    ['§5 PPI for 2 years at 40', at40([{ class: 'ppi', years: 2 }]), 0.6],
    ['§6a.4 PPI with years unknown at 40', at40([{ class: 'ppi' }]), 0.6],
    ['§6a.4 H2 blocker with years unknown at 40', at40([{ class: 'h2ra' }]), 0.6],
    ['§5 colchicine at 40', at40([{ class: 'colchicine' }]), 0.6],
    ['§5 atrophic gastritis at 40', at40([], ['atrophic_gastritis']), 0.6],
    ['§5 coeliac disease at 40', at40([], ['coeliac_disease']), 0.6],
    ["§5 Crohn's disease at 40", at40([], ['crohns_disease']), 0.6],
    ['not at 50', person('p', 'omnivore', 50, 70, 2200), 0],
    ['not for a PPI taken half a year', at40([{ class: 'ppi', years: 0.5 }]), 0],
    ['not for type 2 diabetes without metformin', at40([], ['type_2_diabetes']), 0],
    ['not for an unknown medicine', at40([{ class: 'other' }]), 0],
    ['not for nothing at all', at40(), 0],
  ])('%s', (_label, p, ug) => {
    const t = dailyTargets(p)
    expect(t.b12AbsorbedUg).toBeCloseTo(1.2)
    expect(t.crystallineAbsorbedUg).toBeCloseTo(ug)
    expect(needsCrystalline(p)).toBe(ug > 0)
  })

  it('half of a child’s absorbed target when a rule applies (6-year-old with coeliac disease)', () => {
    const t = dailyTargets(person('c', 'vegan', 6, 21, 1500, { conditions: ['coeliac_disease'] }))
    expect(t.b12AbsorbedUg).toBeCloseTo(0.6)
    expect(t.crystallineAbsorbedUg).toBeCloseTo(0.3)
  })
})
