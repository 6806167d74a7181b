/**
 * Ingredient signals read from a food's name. USDA names list the defining ingredients
 * ("Beef and noodles with mushroom sauce", "Rice, cooked, with milk"), so a keyword is strong
 * evidence that an ingredient is present; its absence is weak evidence, which is why mixed
 * dishes without keywords stay 'unknown' rather than vegan.
 */

export interface IngredientSignals {
  meat: boolean
  fish: boolean
  dairy: boolean
  egg: boolean
  honey: boolean
  /** Possibly animal (fat not specified, margarine, broth, chocolate, "NFS"). */
  maybeAnimal: boolean
  /** Possibly meat (broth, gravy, stock, "NS as to type" in a dish). */
  maybeMeat: boolean
  vegetarianMarker: boolean
  veganMarker: boolean
}

const MEAT =
  /\b(beef|pork|chicken|turkey|lamb|mutton|veal|ham|hams|bacon|sausages?|pepperoni|salami|bologna|frankfurters?|franks?|hot ?dogs?|meats?|meatballs?|meatloaf|liver|livers|giblets|gizzards?|duck|goose|venison|bison|buffalo|rabbit|goat|gelatin|gelatine|marshmallows?|lard|tallow|chorizo|pastrami|corned|jerky|prosciutto|steak|hamburgers?|cheeseburgers?|burgers?|ribs|brisket|pot roast|poultry|quail|pheasant|ostrich|emu|elk|moose|caribou|deer|seal|walrus|whale|squirrel|beaver|opossum|raccoon|kielbasa|bratwurst|knockwurst|pate|scrapple|chitterlings|tripe|oxtail|tongue|kidneys?|sweetbreads|pemmican|gyros?|carnitas|barbacoa|lasagna with meat|stroganoff|pot pie|wings?|drumsticks?|nuggets|capicola|mortadella|pancetta)\b/
const FISH =
  /\b(fish|fishes|salmon|tuna|cod|haddock|halibut|tilapia|trout|sardines?|anchovy|anchovies|mackerel|herring|pollock|flounder|sole|snapper|bass|perch|pike|carp|catfish|swordfish|mahi(?:mahi)?|roe|caviar|shrimp|prawns?|crab|crabs|lobster|clams?|oysters?|mussels?|scallops?|squid|octopus|calamari|crawfish|crayfish|surimi|seafood|shellfish|whitefish|smelt|eel|sturgeon|mollusks|crustaceans|abalone|conch|whelk|cuttlefish|sushi|worcestershire|bonito|dashi|lox|croaker|grouper|orange roughy|pompano|porgy|rockfish|shad|sheepshead|tilefish|wolffish|cisco|burbot|butterfish|cusk|dolphinfish|lingcod|milkfish|mullet|sablefish|scup|turbot|yellowtail|bluefish|arctic char|sea bass|kamaboko|fish sauce)\b/
const DAIRY =
  /\b(milk|milks|cheese|cheeses|cheddar|mozzarella|parmesan|ricotta|feta|brie|gouda|swiss|provolone|queso|paneer|butter|buttermilk|cream|creamy|creamed|yogurt|yoghurt|whey|casein|caseinate|ghee|kefir|custard|pudding|alfredo|au gratin|latte|cappuccino|macchiato|mocha|milkshake|shake|eggnog|ice cream|gelato|frozen yogurt|sherbet|cheesecake|quesadillas?|nachos? with cheese|lactose|dulce de leche|curd|dairy|half and half|tzatziki|raita|lassi)\b/
const EGG =
  /\b(eggs?|omelets?|omelettes?|mayonnaise|mayo|meringues?|quiche|custard|french toast|eggnog|souffle|frittata|hollandaise|aioli)\b/
const HONEY = /\bhoney\b/
const MAYBE_ANIMAL =
  /\b(margarine|fat added|ns as to (?:type of )?fat|with fat|animal fat|shortening|creamer|non-?dairy|chocolate|caramel|toffee|fudge|frosting|icing|glazed|vitamin d3)\b/
const MAYBE_MEAT =
  /\b(broth|bouillon|stock|gravy|consomme|drippings|ns as to type|nfs|stuffing|dumplings?|wontons?|egg rolls?|ramen)\b/
const VEGETARIAN =
  /\b(vegetarian|veggie|meatless|meat[- ]free|no meat|without meat|meat substitutes?|meat alternatives?|meat extender|meat analogs?|plant[- ]based|imitation meat|morningstar|worthington|loma linda|gardenburger|boca)\b/
const VEGAN = /\b(vegan|dairy[- ]free and egg[- ]free)\b/

/** Phrases whose animal-looking word is a plant ("peanut butter", "coconut milk", "eggplant"). */
const PLANT_PHRASES =
  /\b(peanut|nut|almond|apple|cocoa|cacao|seed|sunflower|soy|cashew|sesame|shea|pumpkin|hazelnut|pecan|walnut|pistachio|macadamia|coconut|rice|oat|hemp|pea|grain|bean) (butter|milk|milks|cream|beverage|drink|yogurt|cheese)s?\b|\b(soymilk|soy milk|butternut|butterhead|butter beans?|butterbur|buttercup|cream of (?:tartar|wheat|rice)|cream style|cream-style|ice cream beans?|milkweed|milk thistle|coconut cream|cream substitute|nondairy|non-dairy|dairy[- ]free|creamed coconut|egg ?plants?|eggplants?|honeydew|honeysuckle|heart of palm|hearts of palm|artichoke hearts?|celery heart|lettuce hearts?|hot pepper|bean curd|tofu|swiss chard|chard, swiss|buffalo ?gourd|drumstick (?:leaves|pods)|bear claws?|kidney beans?|beans?, kidney)\b/g

/** Reads the ingredient signals of a food name (case-insensitive). */
export function ingredientSignals(name: string): IngredientSignals {
  const lower = name.toLowerCase()
  const text = lower.replace(PLANT_PHRASES, ' ')
  const vegetarianMarker = VEGETARIAN.test(lower)
  const veganMarker = VEGAN.test(lower)
  const meatless = vegetarianMarker || veganMarker
  return {
    meat: !meatless && MEAT.test(text),
    fish: !meatless && FISH.test(text),
    dairy: !veganMarker && DAIRY.test(text),
    egg: !veganMarker && EGG.test(text),
    honey: !veganMarker && HONEY.test(text),
    maybeAnimal: !veganMarker && MAYBE_ANIMAL.test(text),
    maybeMeat: !meatless && MAYBE_MEAT.test(text),
    vegetarianMarker,
    veganMarker,
  }
}
