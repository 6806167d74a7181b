import type { Aisle } from '../../../core/foods/types'
import {
  AT_HOME_HEADING,
  listShowsPackages,
  splitAtHome,
  TYPICAL_PACKAGES_NOTE,
  type ShoppingList,
  type UnitSystem,
} from '../../../core/shopping'
import { AisleSectionView } from './AisleSectionView'
import { ShoppingLineItem } from './ShoppingLineItem'
import type { ShoppingActions } from './use-shopping-actions'

export interface ShoppingListViewProps {
  list: ShoppingList
  units: UnitSystem
  names: ReadonlyMap<string, string>
  /** Plan entries behind the list (0: only items added by hand). */
  plannedCount: number
  actions: ShoppingActions
  onToggle: (key: string, checked: boolean) => void
  onMoveSection: (aisle: Aisle, direction: -1 | 1) => void
  onMoveAisle: (foodId: string, name: string, aisle: Aisle) => void
  onRemoveManual: (id: string) => void
}

/** The list by aisle, with a count of ticked items and a way to clear the ticks. */
export function ShoppingListView({
  list,
  units,
  names,
  plannedCount,
  actions,
  onToggle,
  onMoveSection,
  onMoveAisle,
  onRemoveManual,
}: ShoppingListViewProps) {
  const ticked = list.lines.filter((l) => l.checked).length
  const { missingRecipes, missingFoods } = list.problems
  const { sections, atHome } = splitAtHome(list)
  const lineProps = {
    units,
    names,
    onToggle,
    onPantry: actions.setPantry,
    onRemovePantry: actions.removePantry,
    onMoveAisle,
    onRemoveManual,
  }
  return (
    <div className="shop-list no-print">
      <div className="shop-summary">
        <p>
          {list.lines.length} {list.lines.length === 1 ? 'item' : 'items'}, {ticked} ticked off.
        </p>
        <button
          type="button"
          className="button button-secondary button-small"
          disabled={ticked === 0}
          onClick={actions.clearChecks}
        >
          Clear all ticks
        </button>
      </div>
      {plannedCount === 0 ? (
        <p className="callout callout-info">
          Nothing is planned for these dates: the list has only the items you added.
        </p>
      ) : null}
      {missingRecipes.length + missingFoods.length > 0 ? (
        <p className="callout callout-warning">
          Some planned meals refer to{' '}
          {missingRecipes.length > 0 ? `${missingRecipes.length} recipe(s)` : ''}
          {missingRecipes.length > 0 && missingFoods.length > 0 ? ' and ' : ''}
          {missingFoods.length > 0 ? `${missingFoods.length} food(s)` : ''} that are no longer in
          the app. The rest of the list is complete.
        </p>
      ) : null}
      {sections.map((section, index) => (
        <AisleSectionView
          key={section.aisle}
          section={section}
          isFirst={index === 0}
          isLast={index === sections.length - 1}
          onMoveSection={onMoveSection}
          {...lineProps}
        />
      ))}
      {atHome.length > 0 ? (
        <section className="shop-aisle shop-at-home" aria-labelledby="shop-at-home">
          <div className="shop-aisle-head">
            <h3 id="shop-at-home">{AT_HOME_HEADING}</h3>
          </div>
          <p className="hint">Nothing to buy: your pantry covers these.</p>
          <ul className="shop-lines">
            {atHome.map((line) => (
              <ShoppingLineItem key={line.key} line={line} atHome {...lineProps} />
            ))}
          </ul>
        </section>
      ) : null}
      {listShowsPackages(list, units) ? <p className="hint">{TYPICAL_PACKAGES_NOTE}</p> : null}
    </div>
  )
}
