/**
 * The checker's wheat and gluten reading, in three kinds of evidence: wheat named in the food
 * (spelt, semolina, couscous …), a food made of flour (bread, pasta, cake …), or a USDA group
 * of baked goods, sandwiches and pasta dishes, read here by the words in the group's name (the
 * generator keeps an exact list of groups instead, so the two readings stay independent).
 * Foods sold gluten-free keep only the first kind. Ready-to-eat cereals are named by brand and
 * most hold wheat and malt, so they count as wheat and gluten.
 */
import type { FoodRecord } from '../foods/types'
import { any, blank, test } from './check-allergen-rows'

const GLUTEN_FREE = /gluten[- ]free/
const READY_CEREAL_GROUPS = [
  'Ready-to-eat cereal, higher sugar (>21.2g/100g)',
  'Ready-to-eat cereal, lower sugar (=<21.2g/100g)',
]

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
/** USDA groups of baked goods, sandwiches and pasta dishes, by the words in their names. */
const WHEAT_GROUP_WORDS =
  /baked products|breads|rolls and buns|pastries|bagels|grain-based|crackers|cookies|muffins|tortillas|pancakes|cakes and pies|^pizza$|pasta mixed|macaroni|sandwiches|^burgers$|dumplings|nuggets/i

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

export interface WheatReading {
  wheat: boolean
  gluten: boolean
}

/** Wheat and gluten in one food; `line` is its lower-case "name | aliases", `oats` whether oats were read. */
export function readWheat(food: FoodRecord, line: string, oats: boolean): WheatReading {
  const free = GLUTEN_FREE.test(line)
  const w = blank(NOT_WHEAT, line)
  const ready =
    READY_CEREAL_GROUPS.includes(food.foodGroup) ||
    (food.foodGroup === 'Breakfast Cereals' && /^cereals ready-to-eat/.test(line))
  const otherGrainOnly = test(OTHER_GRAIN, w) && !test(WHEAT_MADE, w)
  const wheat =
    test(WHEAT_NAMED, w) ||
    (!free &&
      (test(WHEAT_MADE, w) || ready || (WHEAT_GROUP_WORDS.test(food.foodGroup) && !otherGrainOnly)))
  // gluten: the wheat family, barley, rye, and oats (EU Annex II), unless sold gluten-free
  const gluten =
    !free &&
    (wheat ||
      oats ||
      test(GLUTEN_GRAIN, blank(NOT_GLUTEN_DRINK, line)) ||
      ready ||
      food.foodGroup === 'Beer')
  return { wheat, gluten }
}
