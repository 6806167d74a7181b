/**
 * Checked-off state by stable line key (food id, or 'manual:<id>'), so ticks survive
 * regenerating the plan wherever the item is still on the list.
 */
import type { ListState, ShoppingLine, ShoppingList } from './types'

export interface AppliedListState {
  /** The list with `checked` set from the state (a new object; the input is not changed). */
  list: ShoppingList
  /** The state without stale keys: what to persist next. */
  state: ListState
  /** Checked keys whose items are no longer on the list (e.g. a recipe was swapped out). */
  stale: string[]
}

/**
 * Applies saved checks to a freshly built list. Keys still present keep their tick; keys no
 * longer present are reported as stale and dropped from the returned state. Duplicate keys in
 * the state count once. Lines not named in the state are unchecked.
 */
export function applyListState(list: ShoppingList, state: ListState): AppliedListState {
  const wanted = new Set(state.checked)
  const present = new Set(list.lines.map((l) => l.key))
  const mark = (line: ShoppingLine): ShoppingLine => ({ ...line, checked: wanted.has(line.key) })
  const lines = list.lines.map(mark)
  const sections = list.sections.map((s) => ({ ...s, lines: s.lines.map(mark) }))
  return {
    list: { ...list, lines, sections },
    state: { checked: [...wanted].filter((k) => present.has(k)) },
    stale: [...wanted].filter((k) => !present.has(k)),
  }
}

/** The state with `key` checked or unchecked (a new object; order of other keys kept). */
export function setChecked(state: ListState, key: string, checked: boolean): ListState {
  const rest = state.checked.filter((k) => k !== key)
  return { checked: checked ? [...rest, key] : rest }
}

/** The checked keys of a list, for persisting. */
export function listStateOf(list: ShoppingList): ListState {
  return { checked: list.lines.filter((l) => l.checked).map((l) => l.key) }
}
