import type { FoodRecord } from '../../../core/foods/types'
import { B12_CLASS_LABELS, dietBadge, formatUg } from './food-text'
import type { FoodListItem } from './food-query'

export interface FoodResultsProps {
  items: FoodListItem[]
  selectedId: string | null
  onSelect: (food: FoodRecord) => void
}

/** The result list: each food is one large button showing B12 per serving and its class in words. */
export function FoodResults({ items, selectedId, onSelect }: FoodResultsProps) {
  return (
    <ul className="food-results" aria-label="Matching foods">
      {items.map(({ food, servingLabel, b12PerServingUg }) => (
        <li key={food.id}>
          <button
            type="button"
            className="food-result"
            aria-pressed={food.id === selectedId}
            onClick={() => onSelect(food)}
          >
            <span className="food-result-name">{food.name}</span>
            <span className="food-result-facts">
              <span>
                {formatUg(b12PerServingUg)} per {servingLabel}
              </span>
              <span className={`badge badge-${food.b12.class}`}>
                {B12_CLASS_LABELS[food.b12.class]}
              </span>
              <span className="badge">{dietBadge(food)}</span>
            </span>
          </button>
        </li>
      ))}
    </ul>
  )
}
