/**
 * The checker's own allergen table. Written apart from the generator's (core/foods/allergens.ts)
 * on purpose, and in another form: one flat row per group, each a regex over the food's
 * "name | aliases | USDA group" line, minus phrases that only look like the allergen. A slip
 * in one table then shows up as a disagreement in the catalogue-wide cross-check test, or as an
 * ALLERGY violation in a generated week, instead of passing silently.
 */
import type { FoodRecord } from '../foods/types'

interface Row {
  /** Allergen group id (same ids as the generator, so the two can be compared). */
  group: string
  /** Anything here in the name or aliases means the group is present … */
  hit: RegExp
  /** … after these phrases are blanked out; */
  unless?: RegExp
  /** and so does one of these USDA groups (with a test on the name, when given). */
  inGroups?: readonly (string | readonly [string, RegExp])[]
}

const any = (...alternatives: string[]): RegExp =>
  new RegExp(`(?:^|[^a-z])(?:${alternatives.join('|')})(?![a-z])`, 'g')

const GLUTEN_FREE = /gluten[- ]free/
const READY_CEREAL_GROUPS = [
  'Ready-to-eat cereal, higher sugar (>21.2g/100g)',
  'Ready-to-eat cereal, lower sugar (=<21.2g/100g)',
]

const ROWS: readonly Row[] = [
  {
    group: 'milk',
    hit: any(
      'milk',
      'milks',
      'cheeses?',
      'cheddar',
      'mozzarella',
      'parmesan',
      'ricotta',
      'feta',
      'brie',
      'gouda',
      'swiss',
      'provolone',
      'queso',
      'paneer',
      'butter',
      'buttermilk',
      'creams?',
      'creamy',
      'creamed',
      'yogh?urts?',
      'whey',
      'caseins?',
      'caseinates?',
      'ghee',
      'kefir',
      'custards?',
      'puddings?',
      'alfredo',
      'au gratin',
      'lattes?',
      'cappuccinos?',
      'milkshakes?',
      'shakes?',
      'eggnog',
      'gelato',
      'cheesecakes?',
      'quesadillas?',
      'lactose',
      'dulce de leche',
      'curds?',
      'dairy',
      'half and half',
      'tzatziki',
      'raita',
      'lassi',
      'pizzas?',
    ),
    inGroups: [
      'Milk, reduced fat',
      'Milk, whole',
      'Milk, lowfat',
      'Milk, nonfat',
      'Flavored milk, whole',
      'Flavored milk, lowfat',
      'Flavored milk, reduced fat',
      'Flavored milk, nonfat',
      'Milk shakes and other dairy drinks',
      'Yogurt, regular',
      'Yogurt, Greek',
      'Baby food: yogurt',
      'Cheese',
      'Cottage/ricotta cheese',
      'Cream and cream substitutes',
      'Cream cheese, sour cream, whipped cream',
      'Ice cream and frozen dairy desserts',
      'Pudding',
      'Butter and animal fats',
      'Cheese sandwiches',
      'Macaroni and cheese',
      'Pizza',
      // SR28 puts eggs and dairy in one group: dairy unless the name starts with egg
      ['Dairy and Egg Products', /^(?!eggs?[^a-z])/],
    ],
    unless: any(
      'soya? ?milk',
      '(?:almond|cashew|nut|oat|rice|coconut|hemp|pea) ?milk',
      'oatmilk',
      'plant[- ]based milk',
      'coconut cream',
      '(?:peanut|almond|cashew|nut|sesame|seed|cocoa|nutmeg|shea|apple) butter',
      'butter beans?',
      'cream of (?:tartar|wheat|rice)',
      'cream sodas?',
      'swiss chard',
    ),
  },
  {
    group: 'egg',
    hit: any(
      'eggs?',
      'egg whites?',
      'yolks?',
      'omel(?:et|ette)s?',
      'mayo(?:nnaise)?',
      'meringues?',
      'quiches?',
      'custards?',
      'french toast',
      'eggnog',
      'souffles?',
      'frittatas?',
      'hollandaise',
      'aioli',
      'albumen',
      '(?:cup)?cakes?',
      'cookies?',
      'muffins?',
      'pancakes?',
      'waffles?',
      'brownies?',
      'doughnuts?',
      'crepes?',
      'brioche',
      'challah',
      'sponge',
    ),
    inGroups: [
      'Eggs and omelets',
      'Egg/breakfast sandwiches',
      ['Dairy and Egg Products', /^eggs?[^a-z]/],
    ],
    unless: any(
      'egg ?plants?',
      'egg[- ]free',
      'eggless',
      'no eggs?',
      'without eggs?',
      '(?:rice|corn|oat) ?cakes?',
    ),
  },
  {
    group: 'fish',
    hit: any(
      'fish(?:es)?',
      'salmon',
      'tuna',
      'cod',
      'haddock',
      'halibut',
      'tilapia',
      'trout',
      'sardines?',
      'anchov(?:y|ies)',
      'mackerel',
      'herring',
      'pollock',
      'flounder',
      'sole',
      'snapper',
      'bass',
      'perch',
      'pike',
      'carp',
      'catfish',
      'swordfish',
      'mahimahi',
      'roe',
      'caviar',
      'surimi',
      'whitefish',
      'smelt',
      'eel',
      'sturgeon',
      'bonito',
      'dashi',
      'lox',
      'croaker',
      'grouper',
      'pompano',
      'rockfish',
      'turbot',
      'yellowtail',
      'bluefish',
      'worcestershire', // made with anchovies
      'caesar', // the dressing is made with anchovies
      'sushi',
      'seafood',
    ),
    inGroups: [
      'Fish',
      'Seafood mixed dishes',
      'Seafood sandwiches',
      ['Finfish and Shellfish Products', /^(?!crustaceans|mollusks)/],
    ],
  },
  {
    group: 'crustacean',
    hit: any(
      'shrimps?',
      'prawns?',
      'crabs?',
      'lobsters?',
      'crawfish',
      'crayfish',
      'langoustines?',
      'krill',
      'scampi',
      'crustaceans?',
      'shellfish',
      'seafood',
    ),
    inGroups: [
      'Shellfish',
      'Seafood mixed dishes',
      'Seafood sandwiches',
      ['Finfish and Shellfish Products', /^crustaceans/],
    ],
  },
  {
    group: 'mollusc',
    hit: any(
      'clams?',
      'mussels?',
      'oysters?',
      'scallops?',
      'squid',
      'octopus',
      'calamari',
      'abalone',
      'conch',
      'whelks?',
      'snails?',
      'escargot',
      'cuttlefish',
      'mollus[ck]s?',
      'shellfish',
      'seafood',
    ),
    inGroups: [
      'Shellfish',
      'Seafood mixed dishes',
      'Seafood sandwiches',
      ['Finfish and Shellfish Products', /^mollusks/],
    ],
    // a cut of emu or ostrich, salsify, a mushroom, a cracker shape
    unless: any('(?:emu|ostrich), oyster', 'vegetable oyster', 'oyster (?:mushrooms?|crackers?)'),
  },
  {
    group: 'tree-nut',
    hit: any(
      'nuts?',
      'almonds?',
      'walnuts?',
      'cashews?',
      'pecans?',
      'hazelnuts?',
      'filberts?',
      'pistachios?',
      'macadamias?',
      'brazilnuts?',
      'pine ?nuts?',
      'pignolias?',
      'chestnuts?',
      'pralines?',
      'marzipan',
      'nutella',
      'gianduja',
    ),
    inGroups: [['Nut and Seed Products', /^nuts(?![a-z])(?!.*coconut)/]],
    // coconut is not counted as a tree nut (EU list; FDA 2025); water chestnut is a corm
    unless: any('nuts, coconut[a-z]*', 'coconuts?', 'water chestnuts?'),
  },
  { group: 'peanut', hit: any('peanuts?', 'groundnuts?', 'goobers?', 'arachis', 'satay') },
  {
    group: 'soy',
    hit: any(
      'soy[a-z]*',
      'tofu',
      'edamame',
      'tempeh',
      'miso',
      'shoyu',
      'tamari',
      'natto',
      'okara',
      'yuba',
      'bean curd',
    ),
    inGroups: [
      'Soy and meat-alternative products',
      'Soy-based condiments',
      'Stir-fry and soy-based sauce mixtures',
    ],
  },
  {
    group: 'oats',
    hit: any(
      'oats?',
      'oatmeal',
      'oatmilk',
      'oatcakes?',
      'granola',
      'muesli',
      'porridge',
      'cheerios',
      'oatly',
    ),
    inGroups: ['Oatmeal'],
  },
  {
    group: 'sesame',
    hit: any('sesame', 'tahini', 'tahina', 'hummus', 'houmous', 'halvah?', 'gomasio', 'benne'),
  },
  { group: 'mustard', hit: any('mustards?') },
  { group: 'celery', hit: any('celery', 'celeriac') },
  { group: 'lupin', hit: any('lupins?', 'lupines?') },
]

/* Wheat in three kinds of evidence; gluten-free foods keep only the first. */
const WHEAT_NAMED = any(
  'wheat',
  'spelt',
  'durum',
  'semolina',
  'farina',
  'kamut',
  'khorasan',
  'einkorn',
  'emmer',
  'farro',
  'freekeh',
  'bulg[au]r',
  'couscous',
  'seitan',
  'triticale',
  'graham',
)
const WHEAT_MADE = any(
  'flour',
  'breads?',
  'breadcrumbs?',
  'breaded',
  'buns?',
  'rolls?',
  'bagels?',
  'pasta',
  'spaghetti',
  'macaroni',
  'noodles?',
  'lasagna',
  'ravioli',
  'tortellini',
  'gnocchi',
  'crackers?',
  'pretzels?',
  'croutons?',
  'pizzas?',
  'pies?',
  'pastry',
  'pastries',
  '(?:cup)?cakes?',
  'cookies?',
  'biscuits?',
  'muffins?',
  'pancakes?',
  'waffles?',
  'crepes?',
  'doughnuts?',
  'croissants?',
  'stuffing',
  'dumplings?',
  'wontons?',
  'egg rolls?',
  'pitas?',
  'naan',
  'chapatis?',
  'rotis?',
  'matzo',
  'wafers?',
  'batter',
  'tempura',
  '(?:lo|chow) mein',
  'soy sauce',
  'shoyu',
  'tamari',
  'bran',
  'sandwich(?:es)?',
  '(?:ham|cheese)?burgers?',
  'nuggets',
  'french toast',
  'brioche',
  'challah',
)
const WHEAT_GROUPS: readonly string[] = [
  'Baked Products',
  'Yeast breads',
  'Rolls and buns',
  'Doughnuts, sweet rolls, pastries',
  'Bagels and English muffins',
  'Turnovers and other grain-based items',
  'Crackers, excludes saltines',
  'Saltine crackers',
  'Cookies and brownies',
  'Biscuits, muffins, quick breads',
  'Tortillas',
  'Pancakes, waffles, French toast',
  'Cakes and pies',
  'Pizza',
  'Pasta mixed dishes, excludes macaroni and cheese',
  'Macaroni and cheese',
  'Cheese sandwiches',
  'Egg/breakfast sandwiches',
  'Deli and cured meat sandwiches',
  'Meat and BBQ sandwiches',
  'Burgers',
  'Chicken fillet sandwiches',
  'Seafood sandwiches',
  'Frankfurter sandwiches',
  'Vegetable sandwiches/burgers',
  'Peanut butter and jelly sandwiches',
  'Egg rolls, dumplings, sushi',
  'Chicken patties, nuggets and tenders',
]
/** Flours, pastas and cakes of other starches; buckwheat is no wheat. */
const NOT_WHEAT = any(
  'buckwheat',
  '(?:rice|corn|potato|tapioca|almond|coconut|chickpea|soy|sorghum|millet|quinoa|cassava|' +
    'arrowroot|banana|pea|lentil|bean) (?:flour|pasta|noodles?|cakes?|crackers?|starch)',
  '(?:rice|oat|corn) bran',
)
const OTHER_GRAIN = any('corn', 'rice', 'oats?', 'oatmeal')
const GLUTEN_GRAIN = any('barley', 'rye', 'malt', 'malted', 'beer', 'ale', 'lager')
const NOT_GLUTEN_DRINK = any('(?:root|ginger|birch) beers?', 'ginger ales?')

const test = (re: RegExp, s: string): boolean => {
  re.lastIndex = 0
  return re.test(s)
}
const blank = (re: RegExp | undefined, s: string): string => (re ? s.replace(re, ' # ') : s)

/** The line the table reads: name and aliases, lower case. */
const lineOf = (food: FoodRecord): string => `${food.name} | ${food.aka ?? ''}`.toLowerCase()

const inAny = (food: FoodRecord, line: string, groups: Row['inGroups'] = []): boolean =>
  groups.some((g) =>
    typeof g === 'string' ? food.foodGroup === g : food.foodGroup === g[0] && g[1].test(line),
  )

const seen = new WeakMap<FoodRecord, ReadonlySet<string>>()

/** The allergen groups the checker finds in a food (remembered per food record). */
export function checkerAllergenGroups(food: FoodRecord): ReadonlySet<string> {
  let groups = seen.get(food)
  if (!groups) {
    groups = read(food)
    seen.set(food, groups)
  }
  return groups
}

function read(food: FoodRecord): Set<string> {
  const line = lineOf(food)
  const out = new Set<string>()
  for (const row of ROWS)
    if (inAny(food, line, row.inGroups) || test(row.hit, blank(row.unless, line)))
      out.add(row.group)
  const free = GLUTEN_FREE.test(line)
  const w = blank(NOT_WHEAT, line)
  // ready-to-eat cereals are named by brand, and wheat and malt are in most: wheat and gluten
  const ready =
    READY_CEREAL_GROUPS.includes(food.foodGroup) ||
    (food.foodGroup === 'Breakfast Cereals' && /^cereals ready-to-eat/.test(line))
  const otherGrainOnly = test(OTHER_GRAIN, w) && !test(WHEAT_MADE, w)
  const wheat =
    test(WHEAT_NAMED, w) ||
    (!free &&
      (test(WHEAT_MADE, w) || ready || (WHEAT_GROUPS.includes(food.foodGroup) && !otherGrainOnly)))
  if (wheat) out.add('wheat')
  // gluten: the wheat family, barley, rye, and oats (EU Annex II), unless sold gluten-free
  const gluten =
    wheat ||
    out.has('oats') ||
    test(GLUTEN_GRAIN, blank(NOT_GLUTEN_DRINK, line)) ||
    ready ||
    food.foodGroup === 'Beer'
  if (gluten && !free) out.add('gluten')
  return out
}

/*
 * What people type, read again here: a regex per group over the typed word (lower case,
 * letters and spaces). "nuts" alone means both tree nuts and peanuts.
 */
const TYPED: readonly (readonly [RegExp, readonly string[]])[] = [
  [/^(?:cows? )?milks?$|^dairy$|^lactose$|^caseins?$|^whey$/, ['milk']],
  [/^eggs?$/, ['egg']],
  [/^(?:fin)?fish(?:es)?$/, ['fish']],
  [/^shell ?fish$/, ['crustacean', 'mollusc']],
  [/^seafoods?$/, ['fish', 'crustacean', 'mollusc']],
  [/^crustaceans?$/, ['crustacean']],
  [/^mollus[ck]s?$/, ['mollusc']],
  [/^nuts?$/, ['tree-nut', 'peanut']],
  [/^tree ?nuts?$/, ['tree-nut']],
  [/^(?:peanuts?|groundnuts?)$/, ['peanut']],
  [/^(?:soy|soya|soybeans?)$/, ['soy']],
  [/^wheat$/, ['wheat']],
  [/^(?:gluten|coeliac|celiac)(?: disease)?$/, ['gluten']],
  [/^(?:oats?|oatmeal)$/, ['oats']],
  [/^sesame(?: seeds?)?$/, ['sesame']],
  [/^mustards?$/, ['mustard']],
  [/^celery$/, ['celery']],
  [/^lupin(?:e)?s?$/, ['lupin']],
]

const typedWord = (term: string): string =>
  term
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z]+/g, ' ')
    .replace(/\b(?:allergy|allergic|allergies|intolerance|intolerant|to)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()

/** The allergen groups the checker reads in a typed word (empty: match it by name). */
export function checkerTypedGroups(term: string): readonly string[] {
  const w = typedWord(term)
  return TYPED.find(([re]) => re.test(w))?.[1] ?? []
}

const FOOD_ID = /^(?:sr28|fndds|curated|custom):/

/**
 * For one person's allergy list: the first allergy a food breaks, or null. Food ids match
 * exactly; allergy words through the checker's groups; other words whole in name or aliases.
 */
export function checkerAllergyHit(terms: readonly string[]): (food: FoodRecord) => string | null {
  const readers = terms
    .filter((t) => t.trim() !== '')
    .map((t): ((f: FoodRecord) => boolean) => {
      if (FOOD_ID.test(t)) return (f) => f.id === t
      const groups = checkerTypedGroups(t)
      if (groups.length > 0) return (f) => groups.some((g) => checkerAllergenGroups(f).has(g))
      const stem = typedWord(t).replace(/e?s$/, '')
      if (stem === '') return () => false
      const re = new RegExp(`(?:^|[^a-z])${stem}(?:e?s)?(?![a-z])`)
      return (f) => re.test(lineOf(f))
    })
  return (food) => {
    const i = readers.findIndex((r) => r(food))
    return i < 0 ? null : (terms.filter((t) => t.trim() !== '')[i] ?? null)
  }
}
