import { B12_CLASSES, DIETS } from '../../../core/foods/types'
import { B12_CLASS_LABELS, DIET_LABELS } from './food-text'
import type { FoodQuery } from './food-query'

export interface FoodFiltersProps {
  query: FoodQuery
  onChange: (query: FoodQuery) => void
}

/** Search box, filters and sort. Results update as the person types. */
export function FoodFilters({ query, onChange }: FoodFiltersProps) {
  const set = <K extends keyof FoodQuery>(key: K, value: FoodQuery[K]): void =>
    onChange({ ...query, [key]: value })
  return (
    <form role="search" className="food-filters" onSubmit={(event) => event.preventDefault()}>
      <div className="form-field search-field">
        <label htmlFor="food-search">Search foods</label>
        <input
          id="food-search"
          type="search"
          value={query.text}
          placeholder="for example: soy milk, salmon, nutritional yeast"
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => set('text', event.target.value)}
        />
      </div>
      <div className="field-row">
        <div className="form-field">
          <label htmlFor="food-diet">Diet</label>
          <select
            id="food-diet"
            value={query.diet}
            onChange={(event) => set('diet', event.target.value as FoodQuery['diet'])}
          >
            <option value="any">Any diet</option>
            {DIETS.filter((diet) => diet !== 'omnivore').map((diet) => (
              <option key={diet} value={diet}>
                {DIET_LABELS[diet]}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor="food-class">B12 source</label>
          <select
            id="food-class"
            value={query.b12Class}
            onChange={(event) => set('b12Class', event.target.value as FoodQuery['b12Class'])}
          >
            <option value="any">Any</option>
            {B12_CLASSES.map((cls) => (
              <option key={cls} value={cls}>
                {B12_CLASS_LABELS[cls]}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor="food-kind">Show</label>
          <select
            id="food-kind"
            value={query.kind}
            onChange={(event) => set('kind', event.target.value as FoodQuery['kind'])}
          >
            <option value="all">Foods and supplements</option>
            <option value="food">Foods only</option>
            <option value="supplement">Supplements only</option>
          </select>
        </div>
        <div className="form-field">
          <label htmlFor="food-sort">Order</label>
          <select
            id="food-sort"
            value={query.sort}
            onChange={(event) => set('sort', event.target.value as FoodQuery['sort'])}
          >
            <option value="relevance">Best match</option>
            <option value="b12">Richest in B12 per serving</option>
          </select>
        </div>
      </div>
    </form>
  )
}
