/**
 * The food catalogue as the renderer sees it: loaded once per session (seeded into IndexedDB on
 * first start or when a newer catalogue ships), held in memory with its search index, and kept
 * in step when the person adds, edits or deletes their own foods.
 */
import { decodeCatalogue, type Catalogue, type CatalogueFile } from '../../../core/foods/catalogue-format'
import {
  addFoodToSearch,
  createFoodSearch,
  removeFoodFromSearch,
  type FoodSearch,
} from '../../../core/foods/search'
import type { FoodId, FoodRecord } from '../../../core/foods/types'
import { decodeRecipes } from '../../../core/planning/recipe-library'
import type { Recipe } from '../../../core/planning/types'
import { loadStoredCatalogue, seedCatalogue, type FoodsRepo, type SeedProgress } from '../../db/repos/foods-repo'
import type { AppDb } from '../../db/app-db'

export type CatalogueState =
  | { status: 'idle' }
  | { status: 'loading'; phase: 'reading' | 'saving' | 'indexing'; progress: SeedProgress | null }
  | {
      status: 'ready'
      foods: ReadonlyMap<string, FoodRecord>
      search: FoodSearch
      /** The starter recipe library (user recipes are added by the recipes feature). */
      recipes: ReadonlyMap<string, Recipe>
      revision: number
    }
  | { status: 'error'; message: string }

/** Fetches the shipped catalogue file (JSON, already parsed). Injected so tests can supply one. */
export type CatalogueLoader = () => Promise<unknown>

export class CatalogueStore {
  private state: CatalogueState = { status: 'idle' }
  private readonly listeners = new Set<() => void>()
  private loading: Promise<void> | null = null

  constructor(
    private readonly db: AppDb,
    private readonly repo: FoodsRepo,
    private readonly loader: CatalogueLoader,
    private readonly recipeLoader: CatalogueLoader = () => Promise.resolve({ format: 'b12-planner-recipes/1', recipes: [] }),
    private readonly userRecipes: (foods: ReadonlyMap<string, FoodRecord>) => Promise<Recipe[]> = () => Promise.resolve([]),
    /** The version of the catalogue this build ships, when known without fetching it. */
    private readonly shippedVersion: string | null = null,
  ) {}

  /** Replaces or adds one recipe in memory after the repo saved it. */
  upsertRecipe(recipe: Recipe): void {
    if (this.state.status !== 'ready') return
    const recipes = new Map(this.state.recipes)
    recipes.set(recipe.id, recipe)
    this.set({ ...this.state, recipes, revision: this.state.revision + 1 })
  }

  removeRecipe(id: string): void {
    if (this.state.status !== 'ready') return
    const recipes = new Map(this.state.recipes)
    recipes.delete(id)
    this.set({ ...this.state, recipes, revision: this.state.revision + 1 })
  }

  getState = (): CatalogueState => this.state

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private set(next: CatalogueState): void {
    this.state = next
    for (const listener of this.listeners) listener()
  }

  /** Starts loading once; later calls return the same promise. Never rejects: errors become state. */
  load(): Promise<void> {
    this.loading ??= this.run().catch((error: unknown) => {
      this.loading = null
      this.set({ status: 'error', message: messageFor(error) })
    })
    return this.loading
  }

  /** The stored copy when it is this build's version and intact; null otherwise. */
  private async storedCatalogue(storedVersion: string | null): Promise<Catalogue | null> {
    if (!this.shippedVersion || storedVersion !== this.shippedVersion) return null
    const file = await loadStoredCatalogue(this.db)
    try {
      return file ? decodeCatalogue(file) : null
    } catch {
      return null // damaged: set it up again from the shipped file
    }
  }

  private async run(): Promise<void> {
    this.set({ status: 'loading', phase: 'reading', progress: null })
    const storedVersion = await this.repo.catalogueVersion()
    let catalogue = await this.storedCatalogue(storedVersion)
    if (!catalogue) {
      const json = await this.loader()
      catalogue = decodeCatalogue(json)
      // Seed when the stored copy is older, or when it claims this version but could not be used.
      const damaged = storedVersion === catalogue.version && this.shippedVersion !== null
      if (storedVersion !== catalogue.version || damaged) {
        this.set({ status: 'loading', phase: 'saving', progress: { done: 0, total: catalogue.foods.length } })
        const onProgress = (progress: SeedProgress): void => this.set({ status: 'loading', phase: 'saving', progress })
        await seedCatalogue(this.db, json as CatalogueFile, onProgress, { force: damaged })
      }
    }
    this.set({ status: 'loading', phase: 'indexing', progress: null })
    const foods = [...catalogue.foods, ...(await this.repo.userFoods())]
    const byId = new Map(foods.map((food) => [food.id, food]))
    const starter = decodeRecipes(await this.recipeLoader(), byId as ReadonlyMap<FoodId, FoodRecord>)
    const recipes = [...starter, ...(await this.userRecipes(byId))]
    const search = createFoodSearch(foods)
    this.set({
      status: 'ready',
      foods: byId,
      search,
      recipes: new Map(recipes.map((recipe) => [recipe.id, recipe])),
      revision: 1,
    })
  }

  /** Replaces or adds one food in memory after the repo saved it. */
  upsert(food: FoodRecord): void {
    if (this.state.status !== 'ready') return
    const foods = new Map(this.state.foods)
    foods.set(food.id, food)
    addFoodToSearch(this.state.search, food)
    this.set({ ...this.state, foods, revision: this.state.revision + 1 })
  }

  remove(id: string): void {
    if (this.state.status !== 'ready') return
    const foods = new Map(this.state.foods)
    foods.delete(id)
    removeFoodFromSearch(this.state.search, id as FoodId)
    this.set({ ...this.state, foods, revision: this.state.revision + 1 })
  }
}

function messageFor(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error)
  return `The food catalogue could not be loaded. Your own data is not affected. (${detail})`
}
