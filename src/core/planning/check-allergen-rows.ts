/**
 * The checker's allergen rows: one flat row per allergen group, each a regex over the food's
 * "name | aliases" line (lower case), minus phrases that only look like the allergen, or a USDA
 * food group. Wheat and gluten need more than one row can say: see check-wheat.ts.
 */
export interface Row {
  /** Allergen group id (same ids as the generator, so the two can be compared). */
  group: string
  /** Anything here in the name or aliases means the group is present … */
  hit: RegExp
  /** … after these phrases are blanked out; */
  unless?: RegExp
  /** and so does one of these USDA groups (with a test on the name, when given). */
  inGroups?: readonly (string | RegExp | readonly [string, RegExp])[]
}

export const any = (...alternatives: string[]): RegExp =>
  new RegExp(`(?:^|[^a-z])(?:${alternatives.join('|')})(?![a-z])`, 'g')

/** Whether a (global) regex matches `s`, from its start. */
export const test = (re: RegExp, s: string): boolean => {
  re.lastIndex = 0
  return re.test(s)
}

/** `s` with every match of `re` blanked out (phrases that only look like an allergen). */
export const blank = (re: RegExp | undefined, s: string): string => (re ? s.replace(re, ' # ') : s)

/** USDA groups of milk, yoghurt, cheese, cream, dairy desserts and cheese dishes, by name. */
const MILK_GROUP_WORDS =
  /^(?:milk, |flavored milk, |milk shakes|yogurt, |baby food: yogurt$|cheese$|cottage\/ricotta cheese$|cream and cream|cream cheese, |ice cream|pudding$|butter and animal|cheese sandwiches$|macaroni and cheese$|pizza$)/i

export const ROWS: readonly Row[] = [
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
      // USDA dairy groups by the words in their names (the generator keeps an exact list)
      MILK_GROUP_WORDS,
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
