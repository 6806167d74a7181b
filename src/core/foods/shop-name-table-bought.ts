/**
 * Shop names for the foods the shopping list buys in place of a cooked or prepared one
 * (resources/foods/buying-forms.json): dry rice and pulses, raw meat and fish, lemons. Same
 * form as shop-name-table.ts; the comment above each entry is the catalogue name it replaces.
 */
import type { ShopNameEntry } from './shop-name-table'

export const BOUGHT_FOOD_NAMES: Readonly<Record<string, ShopNameEntry>> = {
  // Rice, brown, long-grain, raw
  'sr28:20036': { uk: 'Brown rice, long grain', us: 'Long-grain brown rice' },
  // Rice, white, long-grain, regular, raw, enriched
  'sr28:20044': { uk: 'White rice, long grain', us: 'Long-grain white rice' },
  // Millet, raw
  'sr28:20031': { uk: 'Millet' },
  // Quinoa, uncooked
  'sr28:20035': { uk: 'Quinoa' },
  // Buckwheat groats, roasted, dry
  'sr28:20009': { uk: 'Buckwheat groats (kasha)' },
  // Noodles, egg, dry, enriched
  'sr28:20109': { uk: 'Egg noodles, dried', us: 'Egg noodles, dry' },
  // Lentils, raw
  'sr28:16069': { uk: 'Lentils, green or brown, dried', us: 'Lentils, brown or green, dry' },
  // Beans, black, mature seeds, raw
  'sr28:16014': { uk: 'Black beans, dried', us: 'Black beans, dry' },
  // Beans, kidney, red, mature seeds, raw
  'sr28:16032': { uk: 'Red kidney beans, dried', us: 'Red kidney beans, dry' },
  // Beans, pinto, mature seeds, raw
  'sr28:16042': { uk: 'Pinto beans, dried', us: 'Pinto beans, dry' },
  // Beans, white, mature seeds, raw
  'sr28:16049': { uk: 'White beans, dried', us: 'White beans, dry' },
  // Peas, green, split, mature seeds, raw
  'sr28:16085': { uk: 'Green split peas, dried', us: 'Green split peas, dry' },
  // Potatoes, flesh and skin, raw
  'sr28:11352': { uk: 'Potatoes' },
  // Sweet potato, raw, unprepared
  'sr28:11507': { uk: 'Sweet potatoes' },
  // Squash, winter, butternut, raw
  'sr28:11485': { uk: 'Butternut squash' },
  // Beets, raw
  'sr28:11080': { uk: 'Beetroot', us: 'Beets' },
  // Parsnips, raw
  'sr28:11298': { uk: 'Parsnips' },
  // Edamame, frozen, unprepared
  'sr28:11211': { uk: 'Edamame beans, frozen', us: 'Edamame, frozen' },
  // Chicken, broiler or fryers, breast, skinless, boneless, meat only, raw
  'sr28:05062': { uk: 'Chicken breast fillets', us: 'Chicken breasts, boneless, skinless' },
  // Chicken, broilers or fryers, dark meat, thigh, meat only, raw
  'sr28:05096': { uk: 'Chicken thighs, boneless, skinless' },
  // Turkey, whole, meat only, raw
  'sr28:05167': { uk: 'Turkey breast, boneless, skinless' },
  // Ground turkey, raw
  'sr28:05305': { uk: 'Turkey mince', us: 'Ground turkey' },
  // Beef, chuck for stew, separable lean and fat, all grades, raw
  'sr28:23093': { uk: 'Diced stewing beef', us: 'Beef stew meat (chuck)' },
  // Beef, ground, 85% lean meat / 15% fat, raw
  'sr28:23567': { uk: 'Beef mince, 15% fat', us: 'Ground beef, 85% lean' },
  // Beef, top sirloin, steak, separable lean only, trimmed to 1/8" fat, all grades, raw
  'sr28:23611': { uk: 'Rump steak', us: 'Top sirloin steak' },
  // Beef, variety meats and by-products, liver, raw
  'sr28:13325': { uk: 'Beef liver' },
  // Lamb, ground, raw
  'sr28:17224': { uk: 'Lamb mince', us: 'Ground lamb' },
  // Pork, fresh, loin, tenderloin, separable lean only, raw
  'sr28:10060': { uk: 'Pork tenderloin (fillet)', us: 'Pork tenderloin' },
  // Pork, cured, bacon, unprepared
  'sr28:10123': { uk: 'Streaky bacon rashers', us: 'Bacon' },
  // Sausage, Italian, pork, raw
  'sr28:07036': { uk: 'Italian-style pork sausages', us: 'Italian pork sausage' },
  // Fish, cod, Atlantic, raw
  'sr28:15015': { uk: 'Cod fillets' },
  // Fish, haddock, raw
  'sr28:15033': { uk: 'Haddock fillets' },
  // Fish, mackerel, Atlantic, raw
  'sr28:15046': { uk: 'Mackerel' },
  // Fish, pollock, Alaska, raw (may have been previously frozen)
  'sr28:15066': { uk: 'Pollock fillets' },
  // Fish, pollock, Atlantic, raw
  'sr28:15065': { uk: 'Pollock fillets' },
  // Fish, salmon, sockeye, raw
  'sr28:15085': { uk: 'Salmon fillets' },
  // Fish, salmon, Atlantic, farmed, raw
  'sr28:15236': { uk: 'Salmon fillets' },
  // Fish, tilapia, raw
  'sr28:15261': { uk: 'Tilapia fillets' },
  // Fish, trout, rainbow, farmed, raw
  'sr28:15240': { uk: 'Rainbow trout' },
  // Lemons, raw, without peel
  'sr28:09150': { uk: 'Lemons' },
  // Puddings, rice, dry mix
  'sr28:19194': { uk: 'Rice pudding mix' },
}
