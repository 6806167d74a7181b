/**
 * Lines the household already has at home (a staple, or an amount on hand that covers the
 * need) have nothing to buy: the exports and the printed list put them apart under "Already at
 * home", never as a box to tick in the shop.
 */
import type { AisleSection, ShoppingLine, ShoppingList } from './types'

export const AT_HOME_HEADING = 'Already at home'

/** Whether a line is fully covered by the pantry (partly covered lines still need buying). */
export const isAtHome = (line: ShoppingLine): boolean =>
  line.pantry === 'staple' || line.pantry === 'covered'

/** The aisle sections without at-home lines (empty sections dropped), and those lines in order. */
export function splitAtHome(list: ShoppingList): {
  sections: AisleSection[]
  atHome: ShoppingLine[]
} {
  const sections = list.sections
    .map((s) => ({ ...s, lines: s.lines.filter((l) => !isAtHome(l)) }))
    .filter((s) => s.lines.length > 0)
  return { sections, atHome: list.sections.flatMap((s) => s.lines.filter(isAtHome)) }
}
