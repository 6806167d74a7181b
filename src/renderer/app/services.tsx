import { createContext, useContext, type ReactNode } from 'react'
import type { DesktopApi } from '../../shared/desktop-api'
import type { AppDb } from '../db/app-db'
import { createSettingsRepo, type SettingsRepo } from '../db/repos/settings-repo'

/** Everything a feature needs from outside React: the database repos and the desktop bridge. */
export interface AppServices {
  db: AppDb
  settings: SettingsRepo
  desktop: DesktopApi
}

export function createServices(db: AppDb, desktop: DesktopApi): AppServices {
  return { db, settings: createSettingsRepo(db), desktop }
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
