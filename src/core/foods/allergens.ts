/**
 * Which allergen groups a food contains, decided over the food itself: its USDA food group and
 * the ingredient words of its name and aliases, read on word boundaries, with deliberate
 * exceptions ("peanut butter" is not milk, "buckwheat" is not wheat). Over-matching is the safe
 * side: a group is only un-matched by an exception written here and tested. The planner's
 * independent checker keeps its own table (planning/check-allergens.ts) and the tests compare
 * the two over the whole catalogue.
 */
import { allergyGroups, type AllergenGroup } from './allergy-words'
import type { FoodRecord } from './types'

export {
  ALLERGEN_GROUPS,
  allergyGroups,
  normaliseAllergyWord,
  type AllergenGroup,
  type AllergyReading,
} from './allergy-words'

const words = (list: string): RegExp => new RegExp(`\\b(?:${list})\\b`)

/*
 * Phrases removed from the text before a group's words are read. Each names why it is not
 * that allergen; anything else that looks like one counts.
 */
const NOT_MILK = words(
  // plant drinks and creams: named after milk, made from plants (their own plant still counts)
  'soy ?milk|soya ?milk|almond milk|cashew milk|nut milk|oat ?milk|rice milk|coconut milk|' +
    'coconut cream|hemp milk|pea milk|plant[- ]based milk|' +
    // nut and seed butters, cocoa butter, fruit butters, butter beans: no milk in them
    'peanut butter|almond butter|cashew butter|nut butter|sesame butter|seed butter|' +
    'cocoa butter|nutmeg butter|shea butter|apple butter|butter beans?|cream of tartar|' +
    // named after cream or cheese-making regions, with no milk in them
    'cream of (?:wheat|rice)|cream sodas?|swiss chard',
)
/** Eggplant; cakes that are only puffed grain. */
const NOT_EGG = words(
  'egg ?plants?|egg[- ]free|eggless|no eggs?|without eggs?|(?:rice|corn|oat) ?cakes?',
)
/** Oyster the cut of poultry, oyster the vegetable (salsify), mushroom or cracker shape. */
const NOT_MOLLUSC = words(
  '(?:emu|ostrich), oyster|vegetable oyster|oyster mushrooms?|oyster crackers?',
)
/*
 * Coconut is not counted as a tree nut: the EU list does not name it and the FDA's 2025
 * guidance took it off the US list. Someone allergic to coconut types "coconut", which is
 * matched by name. Water chestnuts are a vegetable corm.
 */
const NOT_TREE_NUT = words('nuts, coconut[a-z]*|coconuts?|water chestnuts?')
/** Flours, pastas and cakes made from other starches. */
const NOT_WHEAT = words(
  'buckwheat|(?:rice|corn|potato|tapioca|almond|coconut|chickpea|soy|sorghum|millet|quinoa|' +
    'cassava|arrowroot|banana|pea|lentil|bean) (?:flour|pasta|noodles?|cakes?|crackers?|starch)|' +
    '(?:rice|oat|corn) bran',
)

const MILK = words(
  'milks?|cheeses?|cheddar|mozzarella|parmesan|ricotta|feta|brie|gouda|swiss|provolone|' +
    'queso|paneer|butter|buttermilk|cream|creams|creamy|creamed|yogh?urts?|whey|caseins?|' +
    'caseinates?|ghee|kefir|custards?|puddings?|alfredo|au gratin|lattes?|cappuccinos?|' +
    'milkshakes?|shakes?|eggnog|ice creams?|gelato|cheesecakes?|quesadillas?|lactose|' +
    'dulce de leche|curds?|dairy|half and half|tzatziki|raita|lassi|pizzas?',
)
const EGG = words(
  'eggs?|egg whites?|yolks?|omelets?|omelettes?|mayonnaise|mayo|meringues?|quiches?|' +
    'custards?|french toast|eggnog|souffles?|frittatas?|hollandaise|aioli|albumen|' +
    'cakes?|cupcakes?|cookies?|muffins?|pancakes?|waffles?|brownies?|doughnuts?|crepes?|' +
    'brioche|challah|sponge',
)
const FISH = words(
  'fish|fishes|salmon|tuna|cod|haddock|halibut|tilapia|trout|sardines?|anchovy|anchovies|' +
    'mackerel|herring|pollock|flounder|sole|snapper|bass|perch|pike|carp|catfish|swordfish|' +
    'mahimahi|roe|caviar|surimi|whitefish|smelt|eel|sturgeon|bonito|dashi|lox|croaker|' +
    'grouper|pompano|rockfish|turbot|yellowtail|bluefish|worcestershire|caesar|sushi|' +
    'fish sauce|seafood',
)
const CRUSTACEAN = words(
  'shrimps?|prawns?|crabs?|lobsters?|crawfish|crayfish|langoustines?|krill|scampi|' +
    'crustaceans?|shellfish|seafood',
)
const MOLLUSC = words(
  'clams?|mussels?|oysters?|scallops?|squid|octopus|calamari|abalone|conch|whelks?|snails?|' +
    'escargot|cuttlefish|mollusks?|molluscs?|shellfish|seafood',
)
const TREE_NUT = words(
  'nuts?|almonds?|walnuts?|cashews?|pecans?|hazelnuts?|filberts?|pistachios?|macadamias?|' +
    'brazilnuts?|pine ?nuts?|pignolias?|chestnuts?|pralines?|marzipan|nutella|gianduja',
)
const PEANUT = words('peanuts?|groundnuts?|goobers?|arachis|satay')
const SOY = /\bsoy[a-z]*\b|\b(?:tofu|edamame|tempeh|miso|shoyu|tamari|natto|okara|yuba|bean curd)\b/
const WHEAT_GRAIN = words(
  'wheat|spelt|durum|semolina|farina|kamut|khorasan|einkorn|emmer|farro|freekeh|bulgur|' +
    'bulgar|couscous|seitan|triticale|graham',
)
const WHEAT_PRODUCT = words(
  'flour|breads?|breadcrumbs?|breaded|buns?|rolls?|bagels?|pasta|spaghetti|macaroni|' +
    'noodles?|lasagna|ravioli|tortellini|gnocchi|crackers?|pretzels?|croutons?|pizzas?|' +
    'pies?|pastry|pastries|cakes?|cupcakes?|cookies?|biscuits?|muffins?|pancakes?|' +
    'waffles?|crepes?|doughnuts?|croissants?|stuffing|dumplings?|wontons?|egg rolls?|' +
    'pitas?|naan|chapatis?|rotis?|matzo|wafers?|batter|tempura|lo mein|chow mein|' +
    'soy sauce|shoyu|tamari|bran|sandwich(?:es)?|burgers?|hamburgers?|cheeseburgers?|' +
    'nuggets|french toast|brioche|challah',
)
const OTHER_GLUTEN = words('barley|rye|malt|malted|beer|ale|lager')
/** Drinks named beer or ale that are not brewed from grain. */
const NOT_GLUTEN = words('root beers?|ginger beers?|ginger ales?|birch beers?')
const OATS = words(
  'oats?|oatmeal|oat ?milk|oat ?bran|oatcakes?|granola|muesli|porridge|cheerios|oatly',
)
const SESAME = words('sesame|tahini|tahina|hummus|houmous|halva|halvah|gomasio|benne')
const MUSTARD = words('mustards?')
const CELERY = words('celery|celeriac')
const LUPIN = words('lupins?|lupines?')
const GLUTEN_FREE = words('gluten[- ]free')
const NON_WHEAT_GRAIN = words('corn|rice|oats?|oatmeal')

/* USDA food groups (SR28 and FNDDS categories) that settle a group before the name is read. */
const MILK_GROUPS = new Set([
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
])
const EGG_GROUPS = new Set(['Eggs and omelets', 'Egg/breakfast sandwiches'])
const FISH_GROUPS = new Set(['Fish', 'Seafood mixed dishes', 'Seafood sandwiches'])
const SHELLFISH_GROUPS = new Set(['Shellfish', 'Seafood mixed dishes', 'Seafood sandwiches'])
const SOY_GROUPS = new Set([
  'Soy and meat-alternative products',
  'Soy-based condiments',
  'Stir-fry and soy-based sauce mixtures',
])
/** Breads, baked goods, sandwiches, breaded foods: wheat unless the name says otherwise. */
const WHEAT_GROUPS = new Set([
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
])
/*
 * Ready-to-eat cereals: their names are brands ("CHEERIOS", "TOTAL") that do not list the
 * grains, and wheat and malt (barley) are in most of them, so they count as wheat and gluten
 * unless they say gluten-free. Hot cereals ("Cereals, oats, …") are read by name.
 */
const CEREAL_GROUPS = new Set([
  'Breakfast Cereals',
  'Ready-to-eat cereal, higher sugar (>21.2g/100g)',
  'Ready-to-eat cereal, lower sugar (=<21.2g/100g)',
])

function isFinfishGroup(food: FoodRecord, text: string): boolean {
  // SR28 lists crustaceans and molluscs in this group under their own first word.
  return (
    food.foodGroup === 'Finfish and Shellfish Products' && !/^(crustaceans|mollusks)\b/.test(text)
  )
}

function decide(food: FoodRecord): Set<AllergenGroup> {
  const text = `${food.name} ${food.aka ?? ''}`.toLowerCase()
  const g = food.foodGroup
  const out = new Set<AllergenGroup>()
  const add = (group: AllergenGroup, yes: boolean): void => {
    if (yes) out.add(group)
  }
  const dairyAndEgg = g === 'Dairy and Egg Products'
  const eggFirst = /^eggs?\b/.test(text)
  add('milk', MILK_GROUPS.has(g) || (dairyAndEgg && !eggFirst) || MILK.test(strip(text, NOT_MILK)))
  add('egg', EGG_GROUPS.has(g) || (dairyAndEgg && eggFirst) || EGG.test(strip(text, NOT_EGG)))
  add('fish', FISH_GROUPS.has(g) || isFinfishGroup(food, text) || FISH.test(text))
  const shellfishGroup = SHELLFISH_GROUPS.has(g)
  add('crustacean', shellfishGroup || /^crustaceans\b/.test(text) || CRUSTACEAN.test(text))
  add(
    'mollusc',
    shellfishGroup || /^mollusks\b/.test(text) || MOLLUSC.test(strip(text, NOT_MOLLUSC)),
  )
  const nutsFirst = g === 'Nut and Seed Products' && /^nuts\b/.test(text)
  const noCoconut = strip(text, NOT_TREE_NUT)
  add('tree-nut', (nutsFirst && !/\bcoconut/.test(text)) || TREE_NUT.test(noCoconut))
  add('peanut', PEANUT.test(text))
  add('soy', SOY_GROUPS.has(g) || SOY.test(text))
  const glutenFree = GLUTEN_FREE.test(text)
  const wheatText = strip(text, NOT_WHEAT)
  const grainNamed = NON_WHEAT_GRAIN.test(wheatText) && !WHEAT_PRODUCT.test(wheatText)
  const readyCereal =
    CEREAL_GROUPS.has(g) && (g !== 'Breakfast Cereals' || /^cereals ready-to-eat\b/.test(text))
  const wheat =
    WHEAT_GRAIN.test(wheatText) ||
    (!glutenFree &&
      (WHEAT_PRODUCT.test(wheatText) || readyCereal || (WHEAT_GROUPS.has(g) && !grainNamed)))
  add('wheat', wheat)
  const oats = g === 'Oatmeal' || OATS.test(text)
  add('oats', oats)
  /*
   * Gluten: wheat, barley, rye and their kin, and oats. Oats are on the EU's list of cereals
   * containing gluten; most oats are grown and milled with wheat and barley, so only oats sold
   * as gluten-free are safe for most people with coeliac disease. A food that says
   * "gluten-free" is taken at its word for gluten (not for wheat: it may use wheat starch).
   */
  add(
    'gluten',
    !glutenFree &&
      (wheat || oats || OTHER_GLUTEN.test(strip(text, NOT_GLUTEN)) || readyCereal || g === 'Beer'),
  )
  add('sesame', SESAME.test(text))
  add('mustard', MUSTARD.test(text))
  add('celery', CELERY.test(text))
  add('lupin', LUPIN.test(text))
  return out
}

function strip(text: string, phrases: RegExp): string {
  return text.replace(new RegExp(phrases.source, 'g'), ' ')
}

/* Keyed by the record itself: an edited own food is a new object and is read afresh. */
const cache = new WeakMap<FoodRecord, ReadonlySet<AllergenGroup>>()

/** The allergen groups a food contains (cached per food record). */
export function foodAllergenGroups(food: FoodRecord): ReadonlySet<AllergenGroup> {
  let groups = cache.get(food)
  if (!groups) {
    groups = decide(food)
    cache.set(food, groups)
  }
  return groups
}

const isFoodId = (term: string): boolean => /^(sr28|fndds|curated|custom):/.test(term)

/** A whole-word, plural-tolerant pattern for a word no allergen group knows ("coconut"). */
export function wholeWord(term: string): RegExp {
  const stem = term
    .trim()
    .toLowerCase()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/(?:es|s)$/, '')
  return new RegExp(`\\b${stem}(?:s|es)?\\b`)
}

/**
 * A predicate for the planner: does this food meet any of `terms`? Food ids match exactly,
 * allergy words through their allergen groups, other words as whole words in name and aliases.
 */
export function allergenMatcher(terms: readonly string[]): (food: FoodRecord) => boolean {
  const ids = new Set(terms.filter(isFoodId))
  const groups = new Set<AllergenGroup>()
  const names: RegExp[] = []
  for (const t of terms) {
    if (isFoodId(t) || t.trim() === '') continue
    const reading = allergyGroups(t)
    if (reading.groups.length > 0) reading.groups.forEach((x) => groups.add(x))
    else names.push(wholeWord(t))
  }
  return (food) => {
    if (ids.has(food.id)) return true
    if (groups.size > 0) {
      const has = foodAllergenGroups(food)
      for (const x of groups) if (has.has(x)) return true
    }
    if (names.length === 0) return false
    const text = `${food.name} ${food.aka ?? ''}`.toLowerCase()
    return names.some((r) => r.test(text))
  }
}
