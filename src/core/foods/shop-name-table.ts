/**
 * Hand-written shop names for every food the starter recipes and curated foods use: what a
 * shopper in the UK ("uk", used with metric units) or the US ("us", used with US units; the same
 * as "uk" when absent) looks for on the shelf. Names never say "fortified": that is added from
 * the food's B12 data (see shopName), so a name cannot claim what the data does not show.
 * The comment above each entry is the catalogue (USDA or curated) name it replaces.
 */
import { BOUGHT_FOOD_NAMES } from './shop-name-table-bought'

export interface ShopNameEntry {
  uk: string
  us?: string
}

const RECIPE_FOOD_NAMES: Readonly<Record<string, ShopNameEntry>> = {
  // Nutritional yeast flakes, fortified with vitamin B12
  'curated:nutritional-yeast-fortified': { uk: 'Nutritional yeast flakes' },
  // Oat drink (oat milk), fortified with vitamin B12
  'curated:oat-drink-fortified': { uk: 'Oat drink', us: 'Oat milk' },
  // Yeast extract spread, fortified with vitamin B12 (Marmite-type)
  'curated:yeast-extract-fortified': { uk: 'Yeast extract spread' },
  // Rice milk
  'fndds:11360000': { uk: 'Rice drink', us: 'Rice milk' },
  // Oat milk
  'fndds:11360200': { uk: 'Oat drink', us: 'Oat milk' },
  // Coconut milk, used in cooking
  'fndds:42401010': { uk: 'Coconut milk, tinned', us: 'Coconut milk, canned' },
  // Tortilla chips, plain
  'fndds:54401075': { uk: 'Tortilla chips, plain' },
  // Salsa, red
  'fndds:74402150': { uk: 'Tomato salsa' },
  // Sugar, white, granulated or lump
  'fndds:91101010': { uk: 'White sugar', us: 'Granulated sugar' },
  // Butter, salted
  'sr28:01001': { uk: 'Butter, salted' },
  // Cheese, cheddar
  'sr28:01009': { uk: 'Cheddar cheese' },
  // Cheese, cottage, lowfat, 2% milkfat
  'sr28:01015': { uk: 'Cottage cheese, low fat', us: 'Cottage cheese, low-fat (2%)' },
  // Cheese, feta
  'sr28:01019': { uk: 'Feta cheese' },
  // Cheese, mozzarella, part skim milk
  'sr28:01028': { uk: 'Mozzarella, reduced fat', us: 'Mozzarella, part-skim' },
  // Cheese, parmesan, grated
  'sr28:01032': { uk: 'Parmesan, grated', us: 'Parmesan cheese, grated' },
  // Cheese, ricotta, part skim milk
  'sr28:01037': { uk: 'Ricotta, reduced fat', us: 'Ricotta, part-skim' },
  // Cheese, swiss
  'sr28:01040': { uk: 'Swiss cheese (Emmental)', us: 'Swiss cheese' },
  // Milk, whole, 3.25% milkfat, with added vitamin D
  'sr28:01077': { uk: 'Whole milk' },
  // Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D
  'sr28:01079': { uk: 'Semi-skimmed milk', us: 'Reduced-fat milk (2%)' },
  // Yogurt, plain, whole milk, 8 grams protein per 8 ounce
  'sr28:01116': { uk: 'Natural yoghurt, whole milk', us: 'Plain yogurt, whole milk' },
  // Yogurt, plain, low fat, 12 grams protein per 8 ounce
  'sr28:01117': { uk: 'Natural yoghurt, low fat', us: 'Plain yogurt, low-fat' },
  // Egg, whole, raw, fresh
  'sr28:01123': { uk: 'Eggs' },
  // Egg, whole, cooked, hard-boiled
  'sr28:01129': { uk: 'Eggs' },
  // Egg, whole, cooked, poached
  'sr28:01131': { uk: 'Eggs' },
  // Egg, whole, cooked, scrambled
  'sr28:01132': { uk: 'Eggs' },
  // Yogurt, Greek, plain, nonfat
  'sr28:01256': { uk: 'Greek yoghurt, fat-free', us: 'Greek yogurt, nonfat' },
  // Kefir, lowfat, plain, LIFEWAY
  'sr28:01289': { uk: 'Kefir, low fat, plain', us: 'Kefir, low-fat, plain' },
  // Spices, cinnamon, ground
  'sr28:02010': { uk: 'Ground cinnamon' },
  // Spices, cumin seed
  'sr28:02014': { uk: 'Cumin seeds' },
  // Spices, curry powder
  'sr28:02015': { uk: 'Curry powder' },
  // Salad dressing, mayonnaise, regular
  'sr28:04025': { uk: 'Mayonnaise' },
  // Oil, olive, salad or cooking
  'sr28:04053': { uk: 'Olive oil' },
  // Chicken, broilers or fryers, breast, meat only, cooked, roasted
  'sr28:05064': { uk: 'Chicken breast fillets', us: 'Chicken breasts, boneless, skinless' },
  // Chicken, broilers or fryers, thigh, meat only, cooked, roasted
  'sr28:05098': { uk: 'Chicken thigh fillets', us: 'Chicken thighs, boneless, skinless' },
  // Turkey, whole, meat only, cooked, roasted
  'sr28:05168': { uk: 'Roast turkey slices', us: 'Sliced roast turkey' },
  // Ground turkey, cooked
  'sr28:05306': { uk: 'Turkey mince', us: 'Ground turkey' },
  // Ham, sliced, packaged (96% fat free, water added)
  'sr28:07028': { uk: 'Sliced ham' },
  // Sausage, Italian, pork, cooked
  'sr28:07089': { uk: 'Italian-style pork sausages', us: 'Italian sausage, pork' },
  // Cereals ready-to-eat, GENERAL MILLS, CHEERIOS
  'sr28:08013': { uk: 'Oat hoops cereal', us: 'Toasted oat cereal' },
  // Cereals ready-to-eat, KELLOGG, KELLOGG'S Corn Flakes
  'sr28:08020': { uk: 'Corn flakes' },
  // Cereals ready-to-eat, KELLOGG, KELLOGG'S ALL-BRAN COMPLETE Wheat Flakes
  'sr28:08028': { uk: 'Bran flakes' },
  // Cereals ready-to-eat, KELLOGG, KELLOGG'S RICE KRISPIES
  'sr28:08065': { uk: 'Rice pops cereal', us: 'Crisp rice cereal' },
  // Cereals ready-to-eat, GENERAL MILLS, Whole Grain TOTAL
  'sr28:08077': { uk: 'Wholegrain wheat flakes cereal', us: 'Whole grain wheat flakes cereal' },
  // Apples, raw, with skin
  'sr28:09003': { uk: 'Apples' },
  // Apricots, dried, sulfured, uncooked
  'sr28:09032': { uk: 'Dried apricots' },
  // Avocados, raw, all commercial varieties
  'sr28:09037': { uk: 'Avocados' },
  // Bananas, raw
  'sr28:09040': { uk: 'Bananas' },
  // Blueberries, raw
  'sr28:09050': { uk: 'Blueberries' },
  // Dates, deglet noor
  'sr28:09087': { uk: 'Dates, dried' },
  // Lemon juice, raw
  'sr28:09152': { uk: 'Lemon juice' },
  // Mangos, raw
  'sr28:09176': { uk: 'Mangoes' },
  // Oranges, raw, all commercial varieties
  'sr28:09200': { uk: 'Oranges' },
  // Peaches, canned, juice pack, solids and liquids
  'sr28:09238': { uk: 'Peaches in juice, tinned', us: 'Peaches in juice, canned' },
  // Pears, raw
  'sr28:09252': { uk: 'Pears' },
  // Pineapple, canned, juice pack, solids and liquids
  'sr28:09268': { uk: 'Pineapple in juice, tinned', us: 'Pineapple in juice, canned' },
  // Raisins, seedless
  'sr28:09298': { uk: 'Raisins' },
  // Raspberries, raw
  'sr28:09302': { uk: 'Raspberries' },
  // Strawberries, raw
  'sr28:09316': { uk: 'Strawberries' },
  // Pork, fresh, loin, tenderloin, separable lean only, cooked, roasted
  'sr28:10061': { uk: 'Pork tenderloin (fillet)', us: 'Pork tenderloin' },
  // Pork, cured, bacon, pre-sliced, cooked, pan-fried
  'sr28:10862': { uk: 'Streaky bacon rashers', us: 'Bacon, sliced' },
  // Beans, snap, green, raw
  'sr28:11052': { uk: 'Green beans' },
  // Beets, cooked, boiled, drained
  'sr28:11081': { uk: 'Beetroot', us: 'Beets' },
  // Broccoli, raw
  'sr28:11090': { uk: 'Broccoli' },
  // Cabbage, raw
  'sr28:11109': { uk: 'Cabbage' },
  // Carrots, raw
  'sr28:11124': { uk: 'Carrots' },
  // Cauliflower, raw
  'sr28:11135': { uk: 'Cauliflower' },
  // Celery, raw
  'sr28:11143': { uk: 'Celery' },
  // Corn, sweet, yellow, frozen, kernels cut off cob, unprepared
  'sr28:11178': { uk: 'Sweetcorn, frozen', us: 'Corn kernels, frozen' },
  // Cucumber, with peel, raw
  'sr28:11205': { uk: 'Cucumber' },
  // Edamame, frozen, prepared
  'sr28:11212': { uk: 'Edamame beans, frozen', us: 'Edamame, frozen' },
  // Garlic, raw
  'sr28:11215': { uk: 'Garlic' },
  // Ginger root, raw
  'sr28:11216': { uk: 'Fresh root ginger', us: 'Fresh ginger root' },
  // Kale, raw
  'sr28:11233': { uk: 'Kale' },
  // Leeks, (bulb and lower leaf-portion), raw
  'sr28:11246': { uk: 'Leeks' },
  // Lettuce, green leaf, raw
  'sr28:11253': { uk: 'Green leaf lettuce' },
  // Mushrooms, white, raw
  'sr28:11260': { uk: 'White mushrooms' },
  // Onions, raw
  'sr28:11282': { uk: 'Onions' },
  // Parsnips, cooked, boiled, drained, without salt
  'sr28:11299': { uk: 'Parsnips' },
  // Peas, green, frozen, unprepared
  'sr28:11312': { uk: 'Garden peas, frozen', us: 'Peas, frozen' },
  // Peppers, sweet, green, raw
  'sr28:11333': { uk: 'Green peppers', us: 'Green bell peppers' },
  // Potatoes, boiled, cooked without skin, flesh, without salt
  'sr28:11367': { uk: 'Potatoes' },
  // Spinach, raw
  'sr28:11457': { uk: 'Spinach' },
  // Squash, summer, zucchini, includes skin, raw
  'sr28:11477': { uk: 'Courgettes', us: 'Zucchini' },
  // Squash, winter, butternut, cooked, baked, without salt
  'sr28:11486': { uk: 'Butternut squash' },
  // Sweet potato, cooked, baked in skin, flesh, without salt
  'sr28:11508': { uk: 'Sweet potatoes' },
  // Tomatoes, red, ripe, raw, year round average
  'sr28:11529': { uk: 'Tomatoes' },
  // Tomatoes, red, ripe, canned, packed in tomato juice
  'sr28:11531': { uk: 'Tomatoes, tinned', us: 'Tomatoes, canned' },
  // Tomato products, canned, paste, without salt added
  'sr28:11546': { uk: 'Tomato purée', us: 'Tomato paste' },
  // Potatoes, baked, flesh and skin, without salt
  'sr28:11674': { uk: 'Baking potatoes', us: 'Russet (baking) potatoes' },
  // Peppers, sweet, red, raw
  'sr28:11821': { uk: 'Red peppers', us: 'Red bell peppers' },
  // Seeds, chia seeds, dried
  'sr28:12006': { uk: 'Chia seeds' },
  // Seeds, hemp seed, hulled
  'sr28:12012': { uk: 'Hemp seeds, hulled' },
  // Seeds, sunflower seed kernels, dry roasted, without salt
  'sr28:12037': { uk: 'Sunflower seeds' },
  // Seeds, sunflower seed butter, without salt
  'sr28:12040': { uk: 'Sunflower seed butter' },
  // Nuts, almonds
  'sr28:12061': { uk: 'Almonds' },
  // Nuts, walnuts, english
  'sr28:12155': { uk: 'Walnuts' },
  // Seeds, pumpkin and squash seeds, whole, roasted, without salt
  'sr28:12163': { uk: 'Pumpkin seeds' },
  // Seeds, pumpkin and squash seed kernels, roasted, without salt
  'sr28:12016': { uk: 'Pumpkin seeds' },
  // Seeds, sesame butter, tahini, from roasted and toasted kernels (most common type)
  'sr28:12166': { uk: 'Tahini' },
  // Seeds, flaxseed
  'sr28:12220': { uk: 'Linseed (flaxseed)', us: 'Flaxseed' },
  // Beef, variety meats and by-products, liver, cooked, braised
  'sr28:13326': { uk: 'Beef liver' },
  // Beef, cured, corned beef, canned
  'sr28:13348': { uk: 'Corned beef, tinned', us: 'Corned beef, canned' },
  // Beef, top sirloin, steak, separable lean only, trimmed to 0" fat, all grades, cooked, broiled
  'sr28:13454': { uk: 'Rump steak', us: 'Top sirloin steak' },
  // Fish, cod, Atlantic, cooked, dry heat
  'sr28:15016': { uk: 'Cod fillets' },
  // Fish, fish sticks, frozen, prepared
  'sr28:15027': { uk: 'Fish fingers, frozen', us: 'Fish sticks, frozen' },
  // Fish, haddock, cooked, dry heat
  'sr28:15034': { uk: 'Haddock fillets' },
  // Fish, herring, Atlantic, kippered
  'sr28:15042': { uk: 'Kippers', us: 'Kippered herring' },
  // Fish, mackerel, Atlantic, cooked, dry heat
  'sr28:15047': { uk: 'Mackerel fillets' },
  // Fish, pollock, Alaska, cooked, dry heat (may have been previously frozen)
  'sr28:15067': { uk: 'Pollock fillets', us: 'Alaska pollock fillets' },
  // Fish, sardine, Atlantic, canned in oil, drained solids with bone
  'sr28:15088': { uk: 'Sardines in oil, tinned', us: 'Sardines in oil, canned' },
  // Fish, tuna, light, canned in water, drained solids
  'sr28:15121': { uk: 'Tuna in spring water, tinned', us: 'Light tuna in water, canned' },
  // Crustaceans, crab, blue, canned
  'sr28:15141': { uk: 'Crab meat, tinned', us: 'Crabmeat, canned' },
  // Crustaceans, shrimp, mixed species, cooked, moist heat (may have been previously frozen)
  'sr28:15151': { uk: 'Peeled prawns, ready to eat', us: 'Shrimp, peeled, ready to eat' },
  // Mollusks, clam, mixed species, canned, drained solids
  'sr28:15160': { uk: 'Clams, tinned', us: 'Clams, canned' },
  // Fish, salmon, chinook, smoked, (lox), regular
  'sr28:15179': { uk: 'Smoked salmon', us: 'Smoked salmon (lox)' },
  // Fish, salmon, Atlantic, farmed, cooked, dry heat
  'sr28:15237': { uk: 'Salmon fillets' },
  // Fish, trout, rainbow, farmed, cooked, dry heat
  'sr28:15241': { uk: 'Rainbow trout fillets' },
  // Fish, tilapia, cooked, dry heat
  'sr28:15262': { uk: 'Tilapia fillets' },
  // Fish, Salmon, pink, canned, drained solids, without skin and bones
  'sr28:15265': { uk: 'Pink salmon, tinned', us: 'Pink salmon, canned' },
  // Beans, baked, canned, plain or vegetarian
  'sr28:16006': { uk: 'Baked beans, tinned', us: 'Baked beans, canned' },
  // Beans, black, mature seeds, cooked, boiled, without salt
  'sr28:16015': { uk: 'Black beans' },
  // Beans, kidney, red, mature seeds, cooked, boiled, without salt
  'sr28:16033': { uk: 'Red kidney beans' },
  // Beans, pinto, mature seeds, cooked, boiled, without salt
  'sr28:16043': { uk: 'Pinto beans' },
  // Beans, white, mature seeds, cooked, boiled, without salt
  'sr28:16050': {
    uk: 'White beans (cannellini or haricot)',
    us: 'White beans (cannellini or navy)',
  },
  // Lentils, mature seeds, cooked, boiled, without salt
  'sr28:16070': { uk: 'Lentils, green or brown', us: 'Lentils, brown or green' },
  // Peas, split, mature seeds, cooked, boiled, without salt
  'sr28:16086': { uk: 'Split peas' },
  // Peanut butter, smooth style, with salt
  'sr28:16098': { uk: 'Peanut butter, smooth', us: 'Peanut butter, creamy' },
  // Soy sauce made from soy and wheat (shoyu)
  'sr28:16123': { uk: 'Soy sauce' },
  // Lentils, pink or red, raw
  'sr28:16144': { uk: 'Red lentils' },
  // Chickpea flour (besan)
  'sr28:16157': { uk: 'Gram flour (chickpea flour)', us: 'Chickpea flour (besan)' },
  // Hummus, commercial
  'sr28:16158': { uk: 'Hummus' },
  // MORI-NU, Tofu, silken, firm
  'sr28:16162': { uk: 'Silken tofu, firm' },
  // Soymilk (all flavors), unsweetened, with added calcium, vitamins A and D
  'sr28:16222': { uk: 'Soya drink, unsweetened', us: 'Soy milk, unsweetened' },
  // SILK Plain, soymilk
  'sr28:16235': { uk: 'Soya drink', us: 'Soy milk' },
  // SILK Plain soy yogurt
  'sr28:16252': { uk: 'Soya yoghurt, plain', us: 'Soy yogurt, plain' },
  // Vitasoy USA Organic Nasoya, Tofu Plus Extra Firm
  'sr28:16273': { uk: 'Tofu, extra firm' },
  // Chickpeas (garbanzo beans, bengal gram), mature seeds, canned, drained, rinsed in tap water
  'sr28:16359': { uk: 'Chickpeas, tinned', us: 'Chickpeas, canned' },
  // Lamb, ground, cooked, broiled
  'sr28:17225': { uk: 'Lamb mince', us: 'Ground lamb' },
  // Bread, french or vienna (includes sourdough)
  'sr28:18029': { uk: 'French bread (baguette)', us: 'French bread' },
  // Bread, pita, whole-wheat
  'sr28:18042': { uk: 'Wholemeal pitta bread', us: 'Whole-wheat pita bread' },
  // Bread, white, commercially prepared (includes soft bread crumbs)
  'sr28:18069': { uk: 'White bread' },
  // Bread, whole-wheat, commercially prepared
  'sr28:18075': { uk: 'Wholemeal bread', us: 'Whole-wheat bread' },
  // Crackers, crispbread, rye
  'sr28:18216': { uk: 'Rye crispbread' },
  // Crackers, whole-wheat
  'sr28:18235': { uk: 'Wholemeal crackers', us: 'Whole-wheat crackers' },
  // English muffins, plain, enriched, with ca prop (includes sourdough)
  'sr28:18258': { uk: 'English muffins' },
  // Tortillas, ready-to-bake or -fry, corn
  'sr28:18363': { uk: 'Corn tortillas' },
  // Tortillas, ready-to-bake or -fry, flour, refrigerated
  'sr28:18364': { uk: 'Flour tortillas (wraps)', us: 'Flour tortillas' },
  // Bagels, plain, enriched, without calcium propionate (includes onion, poppy, sesame)
  'sr28:18406': { uk: 'Bagels, plain' },
  // Snacks, beef jerky, chopped and formed
  'sr28:19002': { uk: 'Beef jerky' },
  // Puddings, rice, dry mix, prepared with whole milk
  'sr28:19195': { uk: 'Rice pudding' },
  // Honey
  'sr28:19296': { uk: 'Honey' },
  // Snacks, rice cakes, brown rice, plain, unsalted
  'sr28:19816': { uk: 'Brown rice cakes' },
  // Buckwheat groats, roasted, cooked
  'sr28:20010': { uk: 'Buckwheat groats' },
  // Bulgur, dry
  'sr28:20012': { uk: 'Bulgur wheat', us: 'Bulgur' },
  // Cornmeal, degermed, enriched, yellow
  'sr28:20022': { uk: 'Cornmeal (polenta)', us: 'Yellow cornmeal' },
  // Couscous, dry
  'sr28:20028': { uk: 'Couscous' },
  // Millet, cooked
  'sr28:20032': { uk: 'Millet' },
  // Rice, brown, long-grain, cooked
  'sr28:20037': { uk: 'Brown rice, long grain', us: 'Long-grain brown rice' },
  // Oats
  'sr28:20038': { uk: 'Porridge oats', us: 'Rolled oats' },
  // Rice, white, long-grain, regular, enriched, cooked
  'sr28:20045': { uk: 'White rice, long grain', us: 'Long-grain white rice' },
  // Wheat flour, white, all-purpose, enriched, bleached
  'sr28:20081': { uk: 'Plain flour', us: 'All-purpose flour' },
  // Pasta, dry, enriched
  'sr28:20120': { uk: 'Dried pasta', us: 'Pasta, dry' },
  // Rice noodles, dry
  'sr28:20133': { uk: 'Rice noodles' },
  // Quinoa, cooked
  'sr28:20137': { uk: 'Quinoa' },
  // Noodles, egg, cooked, enriched, with added salt
  'sr28:20310': { uk: 'Egg noodles' },
  // Rice, white, long-grain, regular, cooked, enriched, with salt
  'sr28:20345': { uk: 'White rice, long grain', us: 'Long-grain white rice' },
  // Beef, chuck for stew, separable lean and fat, all grades, cooked, braised
  'sr28:23090': { uk: 'Diced braising beef', us: 'Beef stew meat (chuck)' },
  // Beef, ground, 85% lean meat / 15% fat, patty, cooked, broiled
  'sr28:23568': { uk: 'Beef mince, 15% fat', us: 'Ground beef, 85% lean' },
  // Beef, ground, 85% lean meat / 15% fat, crumbles, cooked, pan-browned
  'sr28:23570': { uk: 'Beef mince, 15% fat', us: 'Ground beef, 85% lean' },
  // Cheese, cream, low fat
  'sr28:43274': { uk: 'Cream cheese, light', us: 'Cream cheese, low-fat' },
}

/** Every hand-written shop name: the recipes' foods and the foods bought in place of cooked ones. */
export const SHOP_NAMES: Readonly<Record<string, ShopNameEntry>> = {
  ...RECIPE_FOOD_NAMES,
  ...BOUGHT_FOOD_NAMES,
}
