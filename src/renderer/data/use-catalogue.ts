import { useSyncExternalStore } from 'react'
import type { CatalogueState } from './catalogue-store'
import { useServices } from './services'

/** The catalogue's loading state and, once ready, its foods (own ones included), recipes and search index. */
export function useCatalogue(): CatalogueState {
  const { catalogue } = useServices()
  return useSyncExternalStore(catalogue.subscribe, catalogue.getState)
}
