import { createContext, useContext, type ReactNode } from 'react'
import type { DesktopApi } from '../../shared/desktop-api'
import type { AppDb } from '../db/app-db'
import { createFoodsRepo, type FoodsRepo } from '../db/repos/foods-repo'
import { createHouseholdRulesRepo, type HouseholdRulesRepo } from '../db/repos/household-rules-repo'
import { createPlanRepo, type PlanRepo } from '../db/repos/plan-repo'
import { createProfilesRepo, type ProfilesRepo } from '../db/repos/profiles-repo'
import { createRecipesRepo, type RecipesRepo } from '../db/repos/recipes-repo'
import { createSettingsRepo, type SettingsRepo } from '../db/repos/settings-repo'
import { CatalogueStore, type CatalogueLoader } from './catalogue-store'
import type { PlanGenerator } from './plan-generator'

/** Everything a feature needs from outside React: the database repos and the desktop bridge. */
export interface AppServices {
  db: AppDb
  settings: SettingsRepo
  foods: FoodsRepo
  profiles: ProfilesRepo
  plans: PlanRepo
  recipes: RecipesRepo
  householdRules: HouseholdRulesRepo
  planGenerator: PlanGenerator
  catalogue: CatalogueStore
  clock: Clock
  desktop: DesktopApi
  /** A new random UUID (for ids of things the person creates). */
  newId: () => string
}

/** The app's clock, injected so tests control "today". */
export interface Clock {
  /** Today's local calendar date, YYYY-MM-DD. */
  today: () => string
  /** The current time, ISO 8601. */
  now: () => string
}

export function localDate(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

export const systemClock: Clock = {
  today: () => localDate(new Date()),
  now: () => new Date().toISOString(),
}

export interface ServiceDeps {
  db: AppDb
  desktop: DesktopApi
  loadCatalogue: CatalogueLoader
  /** Fetches the starter recipe library (JSON). */
  loadRecipes?: CatalogueLoader
  /** The shipped catalogue's version (lets later starts read the stored copy without fetching). */
  catalogueVersion?: string
  planGenerator: PlanGenerator
  newId?: () => string
  clock?: Clock
}

export function createServices({
  db,
  desktop,
  loadCatalogue,
  loadRecipes,
  planGenerator,
  newId,
  catalogueVersion,
  clock = systemClock,
}: ServiceDeps): AppServices {
  const foods = createFoodsRepo(db)
  const recipes = createRecipesRepo(db, clock.now)
  return {
    db,
    settings: createSettingsRepo(db),
    foods,
    profiles: createProfilesRepo(db, clock),
    plans: createPlanRepo(db),
    recipes,
    householdRules: createHouseholdRulesRepo(db),
    planGenerator,
    clock,
    catalogue: new CatalogueStore(
      db,
      foods,
      loadCatalogue,
      loadRecipes,
      (byId) => recipes.list(byId),
      catalogueVersion ?? null,
    ),
    desktop,
    newId: newId ?? (() => crypto.randomUUID()),
  }
}

const ServicesContext = createContext<AppServices | null>(null)

export function ServicesProvider({
  services,
  children,
}: {
  services: AppServices
  children: ReactNode
}) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext)
  if (!services) throw new Error('useServices must be used inside <ServicesProvider>')
  return services
}
