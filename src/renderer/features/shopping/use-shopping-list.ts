import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import table from '../../../../resources/shopping/package-sizes.json'
import buyingForms from '../../../../resources/foods/buying-forms.json'
import {
  applyListState,
  buildShoppingList,
  buyingTableFromJson,
  entryIncluded,
  packageTableFromJson,
  type DateRange,
  type ShoppingList,
} from '../../../core/shopping'
import type { ProfileId } from '../../../core/planning/types'
import { useServices } from '../../data'
import {
  createShoppingRepo,
  type ShoppingRepo,
  type ShoppingSnapshot,
} from '../../db/repos/shopping-repo'
import type { CatalogueState } from '../../data'
import { useCatalogue } from '../../data'
import { useSettings } from '../../data'

/** The shipped typical package sizes, parsed once (a bad file fails its unit test, not here). */
export const PACKAGES = packageTableFromJson(table)
/** The shipped buying forms (cooking yields, how foods are picked up), parsed once. */
export const BUYING = buyingTableFromJson(buyingForms)

export interface ShoppingData {
  repo: ShoppingRepo
  catalogue: CatalogueState
  /** Stored pantry, checks, manual items and aisle preferences; undefined while loading. */
  snapshot: ShoppingSnapshot | undefined
  /** Plan entries in the range for the chosen people; undefined while loading. */
  plannedCount: number | undefined
  /** The list with saved checks applied; null until everything has loaded. */
  list: ShoppingList | null
}

/**
 * Everything the shopping page shows for a range and a set of people (null = everyone), live:
 * a change to the plan, the pantry or the list's state rebuilds the list.
 */
export function useShoppingList(
  range: DateRange,
  profileIds: readonly ProfileId[] | null,
  repeatPlannedDays = false,
): ShoppingData {
  const { db, plans } = useServices()
  const repo = useMemo(() => createShoppingRepo(db), [db])
  const catalogue = useCatalogue()
  // Food names follow the units setting: UK wording with metric units, US wording with US units.
  const wording = useSettings().settings.units
  const { from, to } = range
  // Each result carries its range: while a new range loads, useLiveQuery still returns the last
  // range's result, which must not be shown under the new range's heading.
  const planned = useLiveQuery(
    async () => ({ key: `${from}:${to}`, entries: await plans.between(from, to) }),
    [plans, from, to],
  )
  const stored = useLiveQuery(
    async () => ({ key: `${from}:${to}`, snapshot: await repo.snapshot({ from, to }) }),
    [repo, from, to],
  )
  const entries = planned?.key === `${from}:${to}` ? planned.entries : undefined
  const snapshot = stored?.key === `${from}:${to}` ? stored.snapshot : undefined
  const ready = catalogue.status === 'ready' ? catalogue : null

  const plannedCount = useMemo(
    () =>
      entries?.filter((entry) => entryIncluded(entry, { range: { from, to }, profileIds })).length,
    [entries, from, to, profileIds],
  )

  const list = useMemo(() => {
    if (!ready || !entries || !snapshot) return null
    const built = buildShoppingList({
      entries,
      recipes: ready.recipes,
      foods: ready.foods,
      range: { from, to },
      profileIds,
      packages: PACKAGES,
      pantry: snapshot.pantry,
      manual: snapshot.list.manual,
      aisleOrder: snapshot.aisles.order,
      aisleOverrides: snapshot.aisles.overrides,
      buying: BUYING,
      wording,
      repeatPlannedDays,
    })
    return applyListState(built, { checked: snapshot.list.checked }).list
  }, [ready, entries, snapshot, from, to, profileIds, wording, repeatPlannedDays])

  return { repo, catalogue, snapshot, plannedCount, list }
}
