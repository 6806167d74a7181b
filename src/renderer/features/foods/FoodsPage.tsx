import { useDeferredValue, useMemo, useState } from 'react'
import type { FoodRecord } from '../../../core/foods/types'
import { useServices } from '../../data'
import { PageHeading } from '../../components/PageHeading'
import { StatusMessage } from '../../components/StatusMessage'
import { CatalogueStatus } from './CatalogueStatus'
import { CustomFoodForm } from './CustomFoodForm'
import { FoodDetail } from './FoodDetail'
import { FoodFilters } from './FoodFilters'
import { DEFAULT_QUERY, runFoodQuery, type FoodQuery } from './food-query'
import { FoodResults } from './FoodResults'
import { useCatalogue } from '../../data'
import { usageSentence, useFoodActions } from './use-food-actions'
import { RecipesView } from '../recipes'
import { useHashParam } from '../../app/use-hash-param'

type Panel =
  { type: 'none' } | { type: 'detail'; id: string } | { type: 'add' } | { type: 'edit'; id: string }

export function FoodsPage() {
  const state = useCatalogue()
  const { newId } = useServices()
  const [query, setQuery] = useState<FoodQuery>(DEFAULT_QUERY)
  const deferredQuery = useDeferredValue(query)
  const [panel, setPanel] = useState<Panel>({ type: 'none' })
  const actions = useFoodActions()

  const ready = state.status === 'ready' ? state : null
  const view = useHashParam('view') === 'recipes' ? 'recipes' : 'foods'
  const result = useMemo(
    () => (ready ? runFoodQuery(ready.search, ready.foods.values(), deferredQuery) : null),
    [ready, deferredQuery],
  )
  const myFoods = useMemo(
    () => (ready ? [...ready.foods.values()].filter((food) => food.source === 'user') : []),
    [ready],
  )
  const foodById = (id: string): FoodRecord | undefined => ready?.foods.get(id)
  const selected = panel.type === 'detail' || panel.type === 'edit' ? foodById(panel.id) : undefined

  const afterSave = async (food: FoodRecord): Promise<void> => {
    await actions.save(food)
    setPanel({ type: 'detail', id: food.id })
  }

  return (
    <>
      <PageHeading
        title="Foods"
        intro="Foods from the USDA databases, fortified products and supplements, with the B12 in a portion and where each figure comes from."
      />
      <nav aria-label="Foods or recipes" className="button-row view-switch">
        <a className="nav-link" href="#/foods" aria-current={view === 'foods' ? 'true' : undefined}>
          Foods
        </a>
        <a
          className="nav-link"
          href="#/foods?view=recipes"
          aria-current={view === 'recipes' ? 'true' : undefined}
        >
          Recipes
        </a>
      </nav>
      <CatalogueStatus state={state} />
      {view === 'recipes' && ready ? <RecipesView ready={ready} /> : null}
      <StatusMessage
        message={actions.deleted ? `Deleted “${actions.deleted.name}”.` : null}
        onUndo={actions.undoDelete}
        error={actions.error}
      />
      {actions.pending ? (
        <div
          className="callout callout-warning"
          role="alertdialog"
          aria-labelledby="confirm-delete-title"
        >
          <h2 id="confirm-delete-title">Delete “{actions.pending.food.name}”?</h2>
          <p>
            It is used in {usageSentence(actions.pending.usage)}. Those entries will show it as a
            missing food.
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button button-danger"
              onClick={() => void actions.confirmDelete()}
            >
              Delete anyway
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={actions.cancelDelete}
              autoFocus
            >
              Keep it
            </button>
          </div>
        </div>
      ) : null}
      {ready && view === 'foods' ? (
        <div className="foods-layout">
          <div className="foods-search">
            <FoodFilters query={query} onChange={setQuery} />
            <p className="result-count" aria-live="polite">
              {resultSentence(
                query,
                result?.items.length ?? 0,
                result?.more ?? false,
                ready.foods.size,
              )}
            </p>
            {result && result.items.length > 0 ? (
              <FoodResults
                items={result.items}
                selectedId={panel.type === 'detail' ? panel.id : null}
                onSelect={(food) => setPanel({ type: 'detail', id: food.id })}
              />
            ) : null}
          </div>
          <div className="foods-side">
            {panel.type === 'detail' && selected ? (
              <FoodDetail
                food={selected}
                onClose={() => setPanel({ type: 'none' })}
                onEdit={
                  selected.source === 'user'
                    ? () => setPanel({ type: 'edit', id: selected.id })
                    : undefined
                }
                onDelete={
                  selected.source === 'user'
                    ? () => {
                        setPanel({ type: 'none' })
                        void actions.requestDelete(selected)
                      }
                    : undefined
                }
              />
            ) : null}
            {panel.type === 'add' || (panel.type === 'edit' && selected) ? (
              <CustomFoodForm
                key={panel.type === 'edit' ? panel.id : 'new'}
                editing={panel.type === 'edit' ? selected : undefined}
                onSave={afterSave}
                onCancel={() => setPanel({ type: 'none' })}
                newUuid={newId}
              />
            ) : null}
            <section aria-labelledby="my-foods-title" className="my-foods">
              <h2 id="my-foods-title">Your own foods</h2>
              {myFoods.length === 0 ? (
                <p>
                  You have not added any foods yet. Add one from its product label to use it in
                  plans.
                </p>
              ) : (
                <ul className="plain-list">
                  {myFoods.map((food) => (
                    <li key={food.id}>
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => setPanel({ type: 'detail', id: food.id })}
                      >
                        {food.name}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
              {panel.type === 'add' ? null : (
                <button type="button" className="button" onClick={() => setPanel({ type: 'add' })}>
                  Add your own food
                </button>
              )}
            </section>
          </div>
        </div>
      ) : null}
    </>
  )
}

function resultSentence(query: FoodQuery, shown: number, more: boolean, total: number): string {
  if (query.text.trim() === '' && query.sort !== 'b12') {
    return `Type to search ${total.toLocaleString('en')} foods, or choose “Richest in B12 per serving”.`
  }
  if (shown === 0) return 'No foods match. Try fewer words, another spelling, or remove a filter.'
  return more
    ? `Showing the first ${shown} matches.`
    : `${shown} ${shown === 1 ? 'match' : 'matches'}.`
}
