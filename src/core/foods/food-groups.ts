/**
 * What a food group says before its name is read. `diet` is the group's default ingredient
 * base; `b12` is where any B12 in a member would come from when nothing else says so.
 *
 * - meat/fish/dairy/egg: animal groups.
 * - plant: whole plant foods and simple plant products (keywords can still find butter etc.).
 * - mixed_veg: processed foods that rarely hide meat but often hold milk, egg or honey
 *   (breads, cereals, sweets, snacks, drinks): vegan unknown unless the name decides.
 * - mixed_any: dishes, soups, fast food, baby dinners: anything unknown unless the name decides.
 */
export type DietBase = 'meat' | 'fish' | 'dairy' | 'egg' | 'plant' | 'mixed_veg' | 'mixed_any'
export type B12Origin = 'animal' | 'plant' | 'mixed'
export type GroupAisle =
  'produce' | 'bakery' | 'dairy' | 'meat_fish' | 'pantry' | 'frozen' | 'other'

export interface GroupProfile {
  diet: DietBase
  b12: B12Origin
  aisle: GroupAisle
}

const p = (diet: DietBase, b12: B12Origin, aisle: GroupAisle): GroupProfile => ({
  diet,
  b12,
  aisle,
})
const MEAT = p('meat', 'animal', 'meat_fish')
const FISH = p('fish', 'animal', 'meat_fish')
const DAIRY = p('dairy', 'animal', 'dairy')
const PRODUCE = p('plant', 'plant', 'produce')
const PANTRY_PLANT = p('plant', 'plant', 'pantry')
const DISH = p('mixed_any', 'mixed', 'other')

/** SR28 food groups (FdGrp_Cd). */
export const SR_GROUPS: Readonly<Record<string, GroupProfile>> = {
  '0100': DAIRY,
  '0200': PANTRY_PLANT,
  '0300': p('mixed_any', 'mixed', 'pantry'),
  '0400': p('mixed_veg', 'mixed', 'pantry'),
  '0500': MEAT,
  '0600': p('mixed_any', 'mixed', 'pantry'),
  '0700': MEAT,
  '0800': p('mixed_veg', 'plant', 'pantry'),
  '0900': PRODUCE,
  '1000': MEAT,
  '1100': PRODUCE,
  '1200': PANTRY_PLANT,
  '1300': MEAT,
  '1400': p('mixed_veg', 'plant', 'pantry'),
  '1500': FISH,
  '1600': PANTRY_PLANT,
  '1700': MEAT,
  '1800': p('mixed_veg', 'mixed', 'bakery'),
  '1900': p('mixed_veg', 'mixed', 'pantry'),
  '2000': PANTRY_PLANT,
  '2100': DISH,
  '2200': DISH,
  '2500': p('mixed_veg', 'mixed', 'pantry'),
  '3500': DISH,
  '3600': DISH,
}

/** FNDDS 2021-2023 WWEIA categories, by code range; first match wins. */
const FNDDS_RANGES: readonly (readonly [from: number, to: number, profile: GroupProfile])[] = [
  [1002, 1402, DAIRY],
  [1602, 1822, DAIRY],
  [1902, 1904, p('plant', 'plant', 'dairy')],
  [2002, 2010, MEAT],
  [2202, 2206, MEAT],
  [2402, 2404, FISH],
  [2502, 2502, p('egg', 'animal', 'dairy')],
  [2602, 2608, MEAT],
  [2802, 2804, PANTRY_PLANT],
  [2806, 2806, p('plant', 'plant', 'dairy')],
  [3002, 3004, p('meat', 'animal', 'other')],
  [3006, 3006, p('fish', 'animal', 'other')],
  [3206, 3206, p('mixed_veg', 'mixed', 'other')],
  [3602, 3602, p('mixed_veg', 'mixed', 'other')],
  [3702, 3704, p('meat', 'animal', 'other')],
  [3706, 3720, p('mixed_veg', 'mixed', 'other')],
  [3722, 3722, p('mixed_veg', 'mixed', 'other')],
  [3730, 3730, p('fish', 'animal', 'other')],
  [3740, 3742, p('meat', 'animal', 'other')],
  [3102, 3808, DISH],
  [4002, 4004, PANTRY_PLANT],
  [4202, 4404, p('mixed_veg', 'mixed', 'bakery')],
  [4602, 4604, p('mixed_veg', 'plant', 'pantry')],
  [4802, 4804, PANTRY_PLANT],
  [5002, 5008, p('plant', 'plant', 'pantry')],
  [5202, 5404, p('mixed_veg', 'mixed', 'pantry')],
  [5502, 5506, p('mixed_veg', 'mixed', 'bakery')],
  [5702, 5704, p('mixed_veg', 'mixed', 'pantry')],
  [5802, 5802, p('dairy', 'animal', 'frozen')],
  [5804, 5804, DAIRY],
  [5806, 5806, p('mixed_veg', 'mixed', 'pantry')],
  [6002, 6024, PRODUCE],
  [6402, 6420, PRODUCE],
  [6430, 6432, p('mixed_veg', 'mixed', 'other')],
  [6489, 6804, PRODUCE],
  [6806, 6806, p('mixed_veg', 'mixed', 'other')],
  [7002, 7206, PANTRY_PLANT],
  [7208, 7220, p('mixed_veg', 'plant', 'pantry')],
  [7302, 7804, PANTRY_PLANT],
  [8002, 8002, DAIRY],
  [8004, 8004, p('mixed_veg', 'plant', 'dairy')],
  [8006, 8006, DAIRY],
  [8008, 8008, p('mixed_veg', 'mixed', 'dairy')],
  [8010, 8010, p('egg', 'animal', 'pantry')],
  [8012, 8012, p('mixed_veg', 'mixed', 'pantry')],
  [8402, 8408, PANTRY_PLANT],
  [8410, 8412, p('mixed_any', 'mixed', 'pantry')],
  [8802, 8804, PANTRY_PLANT],
  [8806, 8806, p('mixed_veg', 'mixed', 'pantry')],
  [9002, 9002, p('mixed_veg', 'plant', 'pantry')],
  [9004, 9006, PANTRY_PLANT],
  [9007, 9008, p('mixed_any', 'mixed', 'pantry')],
  [9010, 9010, p('dairy', 'animal', 'pantry')],
  [9012, 9012, p('mixed_veg', 'mixed', 'pantry')],
  [9202, 9204, PANTRY_PLANT],
  [9402, 9802, p('mixed_veg', 'plant', 'pantry')],
]

const UNKNOWN_GROUP = DISH

/** Profile of a food group; unknown codes are treated as mixed dishes (nothing assumed). */
export function groupProfile(source: 'usda-sr28' | 'usda-fndds', code: string): GroupProfile {
  if (source === 'usda-sr28') return SR_GROUPS[code] ?? UNKNOWN_GROUP
  const n = Number(code)
  for (const [from, to, profile] of FNDDS_RANGES) if (n >= from && n <= to) return profile
  return UNKNOWN_GROUP
}
