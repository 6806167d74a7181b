import { StrictMode } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { App } from './app/App'
import { ErrorBoundary } from './app/ErrorBoundary'
import { createServices, ServicesProvider } from './data'
import { AppDb, requestPersistentStorage, watchVersionChange } from './db/app-db'
import { createWorkerPlanGenerator } from './features/planner'
import { resolveDesktopApi } from './platform/desktop'
import catalogueUrl from '../../resources/foods/catalogue.json?url'
import recipesUrl from '../../resources/recipes/starter-recipes.json?url'
import catalogueSummary from '../../resources/foods/catalogue-summary.json'
import './styles/app.css'

const APP_VERSION = import.meta.env['VITE_APP_VERSION'] ?? '0.1.0'

function render(
  root: Root,
  services: ReturnType<typeof createServices>,
  versionChanged: boolean,
): void {
  root.render(
    <StrictMode>
      <ErrorBoundary scope="B12 Planner">
        <ServicesProvider services={services}>
          <App versionChanged={versionChanged} />
        </ServicesProvider>
      </ErrorBoundary>
    </StrictMode>,
  )
}

async function fetchJson(url: string, what: string): Promise<unknown> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${what}: HTTP ${response.status}`)
  return response.json()
}

function start(): void {
  const container = document.getElementById('root')
  if (!container) throw new Error('index.html has no #root element')
  const db = new AppDb()
  const services = createServices({
    db,
    desktop: resolveDesktopApi(APP_VERSION),
    loadCatalogue: () => fetchJson(catalogueUrl, 'catalogue file'),
    catalogueVersion: catalogueSummary.version,
    loadRecipes: () => fetchJson(recipesUrl, 'recipe library'),
    // Started now and warmed up, so the first "Generate" is quick.
    planGenerator: createWorkerPlanGenerator(),
  })
  const root = createRoot(container)
  watchVersionChange(db, () => render(root, services, true))
  void requestPersistentStorage(navigator.storage)
  render(root, services, false)
  // Start loading the catalogue at once, so it is ready (or shows progress) when it is needed.
  void services.catalogue.load()
}

start()
