import { createContext, useContext, type ReactNode } from 'react'
import type { DesktopApi } from '../../shared/desktop-api'
import type { AppDb } from '../db/app-db'
import { createFoodsRepo, type FoodsRepo } from '../db/repos/foods-repo'
import { createSettingsRepo, type SettingsRepo } from '../db/repos/settings-repo'
import { CatalogueStore, type CatalogueLoader } from '../features/foods/catalogue-store'

/** Everything a feature needs from outside React: the database repos and the desktop bridge. */
export interface AppServices {
  db: AppDb
  settings: SettingsRepo
  foods: FoodsRepo
  catalogue: CatalogueStore
  desktop: DesktopApi
  /** A new random UUID (for ids of things the person creates). */
  newId: () => string
}

export interface ServiceDeps {
  db: AppDb
  desktop: DesktopApi
  loadCatalogue: CatalogueLoader
  newId?: () => string
}

export function createServices({ db, desktop, loadCatalogue, newId }: ServiceDeps): AppServices {
  const foods = createFoodsRepo(db)
  return {
    db,
    settings: createSettingsRepo(db),
    foods,
    catalogue: new CatalogueStore(db, foods, loadCatalogue),
    desktop,
    newId: newId ?? (() => crypto.randomUUID()),
  }
}

const ServicesContext = createContext<AppServices | null>(null)

export function ServicesProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext)
  if (!services) throw new Error('useServices must be used inside <ServicesProvider>')
  return services
}
