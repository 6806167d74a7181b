import { describe, expect, it } from 'vitest'
import { classifyUsdaFood, notCountedReason } from '../../../../src/core/foods'
import { shippedFood } from './catalogue-fixture'

// [id, B12 class, reason, diet letters vegan/lacto-ovo/pescatarian]
const TABLE: [string, string, string, string][] = [
  ['sr28:13325', 'animal', 'animal_origin', 'nnn'], // beef liver, raw
  ['sr28:15157', 'animal', 'animal_origin', 'nny'], // clams, raw
  ['sr28:15076', 'animal', 'animal_origin', 'nny'], // salmon, Atlantic, wild
  ['sr28:01077', 'animal', 'animal_origin', 'nyy'], // milk, whole
  ['sr28:01123', 'animal', 'animal_origin', 'nyy'], // egg, whole, raw
  ['sr28:01009', 'animal', 'animal_origin', 'nyy'], // cheddar
  ['sr28:16139', 'fortified', 'added_b12', 'yyy'], // soymilk with added vitamins, added 0.85
  ['sr28:16235', 'fortified', 'plant_presumed_fortified', 'yyy'], // SILK plain: 1.23, added null
  ['sr28:16166', 'fortified', 'plant_presumed_fortified', 'uyy'], // "unfortified" chocolate soymilk with 0.7 (source oddity; chocolate may hold milk)
  ['sr28:08020', 'fortified', 'added_b12', 'uyy'], // Kellogg's Corn Flakes
  ['fndds:11360200', 'fortified', 'added_b12', 'yyy'], // oat milk
  ['fndds:53710600', 'fortified', 'added_b12', 'nyy'], // Milk 'n Cereal bar: natural + added
  ['sr28:16126', 'plant_none', 'no_b12', 'yyy'], // tofu, firm
  ['sr28:16029', 'plant_none', 'no_b12', 'yyy'], // kidney beans, canned: 'kidney' is not the organ here
  ['sr28:13323', 'animal', 'animal_origin', 'nnn'], // beef kidneys, raw: still meat
  ['sr28:16114', 'not_counted', 'tempeh', 'yyy'],
  ['sr28:11667', 'not_counted', 'spirulina', 'yyy'],
  ['sr28:11446', 'not_counted', 'seaweed', 'yyy'], // laver (nori)
  ['fndds:75127500', 'not_counted', 'seaweed', 'yyy'],
  ['sr28:11260', 'not_counted', 'mushroom', 'yyy'],
  ['sr28:43406', 'not_counted', 'yeast', 'yyy'], // yeast extract spread, 0.5 µg, added 0
  ['fndds:27114000', 'animal', 'animal_origin', 'nnn'], // beef with mushroom sauce
  ['fndds:27250630', 'animal', 'animal_origin', 'nny'], // tuna noodle casserole
  ['sr28:16137', 'plant_none', 'no_b12', 'yyy'], // hummus, home prepared (vegan mixed dish)
  ['fndds:83108000', 'plant_none', 'no_b12', 'yyy'], // vegan mayonnaise
  ['fndds:75439010', 'plant_none', 'no_b12', 'uuu'], // "Stew, vegetable": cannot be decided
  ['fndds:58102300', 'animal', 'mixed_presumed_animal', 'uuu'], // "Burrito, NFS"
  ['sr28:21224', 'animal', 'animal_origin', 'nuu'], // fast-food cheese pizza: fast foods may hide meat
  ['sr28:19296', 'plant_none', 'no_b12', 'nyy'], // honey
  ['sr28:43128', 'fortified', 'added_b12', 'uyy'], // "Chicken, meatless"
  ['fndds:28500040', 'animal', 'animal_origin', 'nnn'], // beef gravy
  ['curated:nutritional-yeast-fortified', 'fortified', 'label', 'yyy'],
  ['curated:b12-tablet-1000-cyanocobalamin', 'fortified', 'supplement', 'yyy'],
]

const letters = (d: { vegan: string; lacto_ovo_vegetarian: string; pescatarian: string }) =>
  [d.vegan, d.lacto_ovo_vegetarian, d.pescatarian].map((a) => a[0]).join('')

describe('classification of real catalogue foods', () => {
  it.each(TABLE)('%s → %s (%s), diet %s', (id, cls, reason, diet) => {
    const food = shippedFood(id)
    expect(food.b12.class).toBe(cls)
    expect(food.b12.reason).toBe(reason)
    expect(letters(food.diet)).toBe(diet)
    expect(food.diet.omnivore).toBe('yes')
  })

  it('keeps both parts of a fortified food with natural B12', () => {
    const bar = shippedFood('fndds:53710600') // total 2, added 1.51
    expect(bar.b12.crystallineUgPer100g).toBeCloseTo(1.51, 9)
    expect(bar.b12.foodUgPer100g).toBeCloseTo(0.49, 9)
  })

  it('treats all of SILK soymilk B12 as crystalline when added is null', () => {
    const silk = shippedFood('sr28:16235')
    expect(silk.per100g.b12AddedUg).toBeNull()
    expect(silk.b12).toMatchObject({ foodUgPer100g: 0, crystallineUgPer100g: 1.23 })
  })

  it('not-counted rules read the head of the name, not sauces in dishes', () => {
    expect(notCountedReason('Mushrooms, white, raw')).toBe('mushroom')
    expect(notCountedReason("Leavening agents, yeast, baker's, active dry")).toBe('yeast')
    expect(notCountedReason('Beef with mushroom sauce')).toBeNull()
    expect(notCountedReason('Soup, cream of mushroom, canned')).toBeNull()
  })

  it('lets explicit fortification win over the not-counted list', () => {
    const c = classifyUsdaFood({
      source: 'usda-sr28',
      foodGroupCode: '1100',
      name: 'Seaweed, fortified',
      b12Ug: 2,
      b12AddedUg: 2,
    })
    expect(c.b12.class).toBe('fortified')
  })

  it.each([
    ['Peanut butter, smooth', 'yyy'],
    ['Eggplant, raw', 'yyy'],
    ['Butternut squash, raw', 'yyy'],
    ['Coconut milk, raw', 'yyy'],
  ])('does not read plant phrases as animal: %s', (name, diet) => {
    const c = classifyUsdaFood({
      source: 'usda-sr28',
      foodGroupCode: '1100',
      name,
      b12Ug: 0,
      b12AddedUg: 0,
    })
    expect(letters(c.diet)).toBe(diet)
  })

  it('gives a default aisle to every food', () => {
    expect(shippedFood('sr28:01077').aisle).toBe('dairy')
    expect(shippedFood('sr28:16139').aisle).toBe('dairy')
    expect(shippedFood('sr28:13325').aisle).toBe('meat_fish')
    expect(shippedFood('curated:b12-tablet-1000-cyanocobalamin').aisle).toBe('supplements')
    expect(shippedFood('sr28:11260').aisle).toBe('produce')
  })
})
