import type { Diet, DietCompatibility, SupplementInfo } from './types'

/**
 * Diet compatibility from the strictest diet a food is declared to suit:
 * 'vegan' suits all four, 'lacto_ovo_vegetarian' all but vegan, and so on.
 */
export function dietFromDeclared(strictest: Diet): DietCompatibility {
  const rank: Record<Diet, number> = {
    vegan: 0,
    lacto_ovo_vegetarian: 1,
    pescatarian: 2,
    omnivore: 3,
  }
  const r = rank[strictest]
  return {
    vegan: r <= 0 ? 'yes' : 'no',
    lacto_ovo_vegetarian: r <= 1 ? 'yes' : 'no',
    pescatarian: r <= 2 ? 'yes' : 'no',
    omnivore: 'yes',
    reason: 'declared',
  }
}

const UNIT_WORDS: Readonly<Record<SupplementInfo['unit'], string>> = {
  tablet: 'tablet',
  lozenge: 'sublingual lozenge',
  spray: 'oral spray',
  drop: 'drop',
  capsule: 'capsule',
}

/** Display name of a supplement, e.g. "Vitamin B12 weekly tablet 2000 µg (cyanocobalamin)". */
export function supplementName(s: SupplementInfo): string {
  const per = s.unit === 'spray' || s.unit === 'drop' ? ` per ${s.unit}` : ''
  const weekly = s.schedule === 'weekly' ? 'weekly ' : ''
  return `Vitamin B12 ${weekly}${UNIT_WORDS[s.unit]} ${s.ugPerUnit} µg${per} (${s.form})`
}
