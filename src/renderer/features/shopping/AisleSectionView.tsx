import type { Aisle } from '../../../core/foods/types'
import type { AisleSection, PantryItem, UnitSystem } from '../../../core/shopping'
import { ShoppingLineItem } from './ShoppingLineItem'

export interface AisleSectionViewProps {
  section: AisleSection
  units: UnitSystem
  names: ReadonlyMap<string, string>
  isFirst: boolean
  isLast: boolean
  onMoveSection: (aisle: Aisle, direction: -1 | 1) => void
  onToggle: (key: string, checked: boolean) => void
  onPantry: (item: PantryItem, name: string) => void
  onRemovePantry: (foodId: string, name: string) => void
  onMoveAisle: (foodId: string, name: string, aisle: Aisle) => void
  onRemoveManual: (id: string) => void
}

/** The ids of a section's move buttons, so focus can follow the section when it moves. */
export const moveButtonId = (aisle: Aisle, direction: -1 | 1): string =>
  `shop-aisle-${aisle}-${direction === -1 ? 'up' : 'down'}`

/** One aisle: its heading, buttons to move it up or down the list, and its items. */
export function AisleSectionView({
  section,
  isFirst,
  isLast,
  onMoveSection,
  ...lineProps
}: AisleSectionViewProps) {
  const headingId = `shop-aisle-${section.aisle}`
  const done = section.lines.filter((l) => l.checked).length
  return (
    <section className="shop-aisle" aria-labelledby={headingId}>
      <div className="shop-aisle-head">
        <h3 id={headingId}>
          {section.label}{' '}
          <span className="shop-aisle-count">
            ({done} of {section.lines.length} ticked)
          </span>
        </h3>
        <div className="shop-aisle-move no-print">
          <button
            id={moveButtonId(section.aisle, -1)}
            type="button"
            className="button button-secondary button-small"
            disabled={isFirst}
            aria-label={`Move up: ${section.label}`}
            onClick={() => onMoveSection(section.aisle, -1)}
          >
            Move up
          </button>
          <button
            id={moveButtonId(section.aisle, 1)}
            type="button"
            className="button button-secondary button-small"
            disabled={isLast}
            aria-label={`Move down: ${section.label}`}
            onClick={() => onMoveSection(section.aisle, 1)}
          >
            Move down
          </button>
        </div>
      </div>
      <ul className="shop-lines">
        {section.lines.map((line) => (
          <ShoppingLineItem key={line.key} line={line} {...lineProps} />
        ))}
      </ul>
    </section>
  )
}
