import { useSyncExternalStore } from 'react'
import { useServices } from '../../app/services'
import type { CatalogueState } from './catalogue-store'

/** The catalogue's loading state and, once ready, its foods and search index. */
export function useCatalogue(): CatalogueState {
  const { catalogue } = useServices()
  return useSyncExternalStore(catalogue.subscribe, catalogue.getState)
}
