import { useEffect, useRef, type ComponentType } from 'react'
import { Disclaimer } from '../components/Disclaimer'
import { requestHeadingFocus } from '../components/PageHeading'
import { AdvicePage } from '../features/advice'
import { CoveragePage } from '../features/coverage'
import { FoodsPage } from '../features/foods'
import { HouseholdPage } from '../features/household'
import { PlanPage } from '../features/planner'
import { applySettings } from '../features/settings'
import { SettingsPage } from '../features/settings'
import { ShoppingPage } from '../features/shopping'
import { useSettings } from '../data'
import { stepTextSize } from '../db/repos/settings-repo'
import { useAutoBackup } from '../features/backup'
import { ErrorBoundary } from './ErrorBoundary'
import { PAGES, hashFor, pageInfo, type PageId } from './routes'
import { useServices } from '../data'
import { useHashRoute } from './use-hash-route'

const PAGE_COMPONENTS: Record<PageId, ComponentType> = {
  plan: PlanPage,
  coverage: CoveragePage,
  advice: AdvicePage,
  shopping: ShoppingPage,
  foods: FoodsPage,
  household: HouseholdPage,
  settings: SettingsPage,
}

function focusPageHeading(): void {
  requestHeadingFocus()
}

/** Moves focus to the new page's heading after navigation (not on first load). */
function useFocusOnNavigate(page: PageId): void {
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    focusPageHeading()
    document.title = `${pageInfo(page).title} · B12 Planner`
  }, [page])
}

/** Applies display settings and answers the native menu (text size, Go → page). */
function useSettingsAndMenu(navigate: (page: PageId) => void): void {
  const { settings, loaded, update } = useSettings()
  const { desktop } = useServices()
  useEffect(() => {
    if (loaded) applySettings(settings, document.documentElement)
  }, [settings, loaded])
  useEffect(
    () =>
      desktop.onMenuCommand((command) => {
        if (command.type === 'navigate') navigate(command.page)
        else void update({ textSizePct: stepTextSize(settings.textSizePct, command.action) })
      }),
    [desktop, navigate, update, settings.textSizePct],
  )
}

export function App({ versionChanged = false }: { versionChanged?: boolean }) {
  // In the desktop app: a backup 30 s after the last change and one when the window closes.
  useAutoBackup()
  const [page, navigate] = useHashRoute()
  useFocusOnNavigate(page)
  useSettingsAndMenu(navigate)
  const Page = PAGE_COMPONENTS[page]
  const skipToContent = (): void => document.getElementById('main-content')?.focus()

  return (
    <div className="app">
      <button type="button" className="skip-link" onClick={skipToContent}>
        Skip to main content
      </button>
      <header className="app-header">
        <p className="app-name">B12 Planner</p>
        <nav aria-label="Main">
          <ul className="nav-list">
            {PAGES.map((item) => (
              <li key={item.id}>
                <a
                  className="nav-link"
                  href={hashFor(item.id)}
                  aria-current={item.id === page ? 'page' : undefined}
                  onClick={item.id === page ? focusPageHeading : undefined}
                >
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      {versionChanged ? (
        <p role="alert" className="callout callout-warning banner">
          B12 Planner was updated in another window. Please reload to keep working:{' '}
          <button type="button" className="button" onClick={() => window.location.reload()}>
            Reload
          </button>
        </p>
      ) : null}
      <main id="main-content" tabIndex={-1}>
        <ErrorBoundary key={page} scope="this page">
          <Page />
        </ErrorBoundary>
      </main>
      <footer className="app-footer">
        <Disclaimer />
      </footer>
    </div>
  )
}
