import { useMemo, useState } from 'react'
import type { Aisle } from '../../../core/foods/types'
import type { ProfileId } from '../../../core/planning/types'
import { mondayOf } from '../../../core/dates'
import {
  DEFAULT_AISLE_ORDER,
  isAtHome,
  toPrintModel,
  type PantryItem,
} from '../../../core/shopping'
import { useServices } from '../../data'
import { EmptyState } from '../../components/EmptyState'
import { PageHeading } from '../../components/PageHeading'
import { CatalogueStatus } from '../foods'
import { useHousehold } from '../../data'
import { useSettings } from '../../data'
import { moveButtonId } from './AisleSectionView'
import { ExportPanel } from './ExportPanel'
import { ListChoices } from './ListChoices'
import { ManualItemForm } from './ManualItemForm'
import { PrintableList } from './PrintableList'
import { checkboxId, pantryButtonId } from './ShoppingLineItem'
import { ShoppingListView } from './ShoppingListView'
import { ShoppingStatus } from './ShoppingStatus'
import { PeriodNotice, REPEAT_OFF_ID, REPEAT_ON_ID } from './PeriodNotice'
import { listRange, listTitle, rangeTitle } from './shopping-view'
import { useShoppingChoices } from './use-shopping-choices'
import { usePendingFocus } from './use-pending-focus'
import { useShoppingActions } from './use-shopping-actions'
import { useShoppingExports } from './use-shopping-exports'
import { useShoppingList } from './use-shopping-list'
import { useOptimisticChecks } from './use-optimistic-checks'
import './shopping.css'

const INTRO =
  'Everything the plan needs, in shop quantities, grouped by aisle, minus what you already have.'

export function ShoppingPage() {
  const { clock, newId } = useServices()
  const { settings, update } = useSettings()
  const units = settings.units
  const people = useHousehold()
  const thisMonday = mondayOf(clock.today())
  const remembered = useShoppingChoices()
  const { weeks, repeatPlannedDays } = remembered.choices
  // The week chosen on this visit; on arrival, the remembered week unless it is in the past.
  const [picked, setPicked] = useState<string | null>(null)
  const stored = remembered.choices.monday
  const monday = picked ?? (stored !== null && stored >= thisMonday ? stored : thisMonday)
  const excluded = useMemo(
    () => new Set(remembered.choices.excluded),
    [remembered.choices.excluded],
  )
  const [printable, setPrintable] = useState(false)
  const range = useMemo(() => listRange(monday, weeks), [monday, weeks])
  const profileIds = useMemo(
    () =>
      excluded.size === 0 || !people
        ? null
        : people.filter((p) => !excluded.has(p.id)).map((p) => p.id as ProfileId),
    [excluded, people],
  )
  const data = useShoppingList(range, profileIds, repeatPlannedDays)
  const checks = useOptimisticChecks(data.list)
  const { list } = checks
  const order = data.snapshot?.aisles.order ?? DEFAULT_AISLE_ORDER
  const actions = useShoppingActions(data.repo, range, data.list, order)
  const exports = useShoppingExports(list, units)
  const focusLater = usePendingFocus(
    `${String(printable)}:${String(repeatPlannedDays)}:${list?.lines.map((l) => `${l.key}@${l.aisle}${isAtHome(l) ? ':home' : ''}`).join() ?? ''}:${order.join()}`,
  )
  const model = useMemo(() => (list ? toPrintModel(list, { system: units }) : null), [list, units])
  const names = useMemo(
    () => new Map((people ?? []).map((p) => [p.id as string, p.name])),
    [people],
  )

  if (people && people.length === 0) {
    return (
      <>
        <PageHeading title="Shopping list" intro={INTRO} />
        <EmptyState
          title="No one in your household yet"
          action={
            <a className="button" href="#/household">
              Add people to your household
            </a>
          }
        >
          <p>
            The shopping list is built from the meals planned for the people in your household. Add
            them first, then plan a week.
          </p>
        </EmptyState>
      </>
    )
  }

  const showPrintable = (on: boolean): void => {
    setPrintable(on)
    exports.clear()
    focusLater(on ? ['shop-back'] : ['shop-show-printable'])
  }

  if (printable && model) {
    return (
      <>
        <PageHeading
          title="Shopping list"
          intro="The large-print page: print it or save it as a PDF."
        />
        <div className="button-row no-print">
          <button type="button" className="button" onClick={() => window.print()}>
            Print
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void exports.savePdf()}
          >
            Save as PDF
          </button>
          <button
            id="shop-back"
            type="button"
            className="button button-secondary"
            onClick={() => showPrintable(false)}
          >
            Back to the list
          </button>
        </div>
        <div aria-live="polite" className="status-region no-print">
          {exports.status ? <p className="callout callout-info">{exports.status.text}</p> : null}
        </div>
        <PrintableList model={model} onScreen />
      </>
    )
  }

  const onMoveSection = (aisle: Aisle, direction: -1 | 1): void => {
    focusLater([moveButtonId(aisle, direction), moveButtonId(aisle, direction === -1 ? 1 : -1)])
    actions.moveSection(aisle, direction)
  }
  const onMoveAisle = (foodId: string, name: string, aisle: Aisle): void => {
    focusLater([checkboxId(foodId)])
    actions.moveLine(foodId, name, aisle)
  }

  // A line the pantry covers moves to "Already at home" (and back): focus follows its button.
  const atHomeNow = (foodId: string): boolean =>
    list?.lines.some((l) => l.foodId === foodId && isAtHome(l)) ?? false
  const lineActions = {
    ...actions,
    setPantry: (item: PantryItem, name: string): void => {
      if (item.kind === 'staple' && !atHomeNow(item.foodId))
        focusLater([pantryButtonId(item.foodId)])
      actions.setPantry(item, name)
    },
    removePantry: (foodId: string, name: string): void => {
      if (atHomeNow(foodId)) focusLater([pantryButtonId(foodId)])
      actions.removePantry(foodId, name)
    },
  }

  return (
    <>
      <PageHeading title="Shopping list" intro={INTRO} />
      <CatalogueStatus state={data.catalogue} />
      <ListChoices
        people={people ?? []}
        excluded={excluded}
        weeks={weeks}
        units={units}
        monday={monday}
        thisMonday={thisMonday}
        onWeek={(next) => {
          setPicked(next)
          remembered.update({ monday: next === thisMonday ? null : next })
        }}
        onWeeks={(next) => remembered.update({ weeks: next })}
        onPerson={(id, included) => {
          const next = new Set(excluded)
          if (included) next.delete(id)
          else next.add(id)
          remembered.update({ excluded: [...next] })
        }}
        onUnits={(next) => void update({ units: next })}
      />
      <h2 className="shop-range-title no-print">{list ? listTitle(list) : rangeTitle(range)}</h2>
      <ShoppingStatus actions={actions} />
      <PeriodNotice
        period={profileIds && profileIds.length === 0 ? undefined : list?.period}
        repeat={repeatPlannedDays}
        onRepeat={(on) => {
          focusLater([on ? REPEAT_OFF_ID : REPEAT_ON_ID, 'shop-weeks'])
          remembered.update({ repeatPlannedDays: on })
        }}
      />
      {!remembered.loaded ? (
        <p role="status">Building the list…</p>
      ) : profileIds && profileIds.length === 0 ? (
        <p className="callout callout-warning">
          Choose at least one person under “Shopping for” to see their list.
        </p>
      ) : !list ? (
        <p role="status">Building the list…</p>
      ) : list.lines.length === 0 ? (
        <EmptyState
          title="Nothing planned for these dates"
          action={
            <a className="button" href="#/plan">
              Go to the weekly plan
            </a>
          }
        >
          <p>
            When meals are planned for {rangeTitle(range)}, their ingredients appear here, added up
            across recipes and people. Choose other weeks above, plan meals on the Plan page, or add
            items yourself below.
          </p>
        </EmptyState>
      ) : (
        <ShoppingListView
          list={list}
          units={units}
          names={names}
          plannedCount={data.plannedCount ?? 0}
          actions={lineActions}
          onToggle={(key, checked) => {
            checks.mark(key, checked)
            void actions.toggle(key, checked).then((saved) => saved || checks.forget(key))
          }}
          onMoveSection={onMoveSection}
          onMoveAisle={onMoveAisle}
          onRemoveManual={(id) => {
            const item = data.snapshot?.list.manual.find((m) => m.id === id)
            if (item) actions.removeManual(item)
          }}
        />
      )}
      <ManualItemForm units={units} newId={newId} onAdd={actions.addManual} />
      {list && list.lines.length > 0 ? (
        <ExportPanel exports={exports} onShowPrintable={() => showPrintable(true)} />
      ) : null}
      {model && list && list.lines.length > 0 ? (
        <PrintableList model={model} onScreen={false} />
      ) : null}
    </>
  )
}
