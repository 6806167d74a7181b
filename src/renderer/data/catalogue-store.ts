/**
 * The food catalogue as the renderer sees it. The shipped part (USDA and curated foods, starter
 * recipes) is loaded once per session (seeded into IndexedDB on first start or when a newer
 * catalogue ships): it never changes at run time. The person's own foods and recipes follow the
 * database through one live query, so a save, a delete, a restored backup or "delete all my
 * data" shows everywhere at once; nothing is updated by hand. Own foods are added to and removed
 * from the one search index, which is never rebuilt over the 14k shipped foods.
 */
import {
  decodeCatalogue,
  type Catalogue,
  type CatalogueFile,
} from '../../core/foods/catalogue-format'
import {
  addFoodToSearch,
  createFoodSearch,
  removeFoodFromSearch,
  type FoodSearch,
} from '../../core/foods/search'
import type { FoodId, FoodRecord } from '../../core/foods/types'
import { decodeRecipes } from '../../core/planning/recipe-library'
import type { Recipe } from '../../core/planning/types'
import {
  loadStoredCatalogue,
  seedCatalogue,
  type FoodsRepo,
  type SeedProgress,
} from '../db/repos/foods-repo'
import type { AppDb } from '../db/app-db'
import { watchQuery } from '../db/watch-query'

export type CatalogueState =
  | { status: 'idle' }
  | { status: 'loading'; phase: 'reading' | 'saving' | 'indexing'; progress: SeedProgress | null }
  | {
      status: 'ready'
      foods: ReadonlyMap<string, FoodRecord>
      search: FoodSearch
      /** The starter recipe library and the person's own recipes. */
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
  private unwatch: (() => void) | null = null
  /** Ids of the own foods currently in the search index. */
  private indexedUserFoods: FoodId[] = []

  constructor(
    private readonly db: AppDb,
    private readonly repo: FoodsRepo,
    private readonly loader: CatalogueLoader,
    private readonly recipeLoader: CatalogueLoader = () =>
      Promise.resolve({ format: 'b12-planner-recipes/1', recipes: [] }),
    private readonly userRecipes: (
      foods: ReadonlyMap<string, FoodRecord>,
    ) => Promise<Recipe[]> = () => Promise.resolve([]),
    /** The version of the catalogue this build ships, when known without fetching it. */
    private readonly shippedVersion: string | null = null,
  ) {}

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
        this.set({
          status: 'loading',
          phase: 'saving',
          progress: { done: 0, total: catalogue.foods.length },
        })
        const onProgress = (progress: SeedProgress): void =>
          this.set({ status: 'loading', phase: 'saving', progress })
        await seedCatalogue(this.db, json as CatalogueFile, onProgress, { force: damaged })
      }
    }
    this.set({ status: 'loading', phase: 'indexing', progress: null })
    const byId = new Map(catalogue.foods.map((food) => [food.id, food]))
    const starter = decodeRecipes(
      await this.recipeLoader(),
      byId as ReadonlyMap<FoodId, FoodRecord>,
    )
    const recipes = new Map(starter.map((recipe) => [recipe.id, recipe]))
    await this.watchUser({ foods: byId, recipes, search: createFoodSearch(catalogue.foods) })
  }

  /** Stops following the database (tests; the app keeps one store for its whole life). */
  dispose(): void {
    this.unwatch?.()
    this.unwatch = null
  }

  /** Puts the person's current foods and recipes next to the shipped ones. */
  private applyUser(shipped: Shipped, user: UserPart): void {
    for (const id of this.indexedUserFoods) removeFoodFromSearch(shipped.search, id)
    for (const food of user.foods) addFoodToSearch(shipped.search, food)
    this.indexedUserFoods = user.foods.map((food) => food.id)
    const foods = new Map(shipped.foods)
    for (const food of user.foods) foods.set(food.id, food)
    const recipes = new Map(shipped.recipes)
    for (const recipe of user.recipes) recipes.set(recipe.id, recipe)
    const revision = this.state.status === 'ready' ? this.state.revision + 1 : 1
    this.set({ status: 'ready', foods, search: shipped.search, recipes, revision })
  }

  /** Follows the own foods and recipes; resolves once the first reading is in. */
  private watchUser(shipped: Shipped): Promise<void> {
    this.unwatch?.()
    return new Promise((resolve, reject) => {
      let first = true
      this.unwatch = watchQuery(
        async (): Promise<UserPart> => {
          const foods = await this.repo.userFoods()
          const byId = new Map(shipped.foods)
          for (const food of foods) byId.set(food.id, food)
          return { foods, recipes: await this.userRecipes(byId) }
        },
        (user) => {
          this.applyUser(shipped, user)
          if (first) resolve()
          first = false
        },
        (error) => {
          if (first) reject(error instanceof Error ? error : new Error(String(error)))
          else this.set({ status: 'error', message: messageFor(error) })
          first = false
        },
      )
    })
  }
}

interface Shipped {
  foods: ReadonlyMap<string, FoodRecord>
  recipes: ReadonlyMap<string, Recipe>
  search: FoodSearch
}

interface UserPart {
  foods: FoodRecord[]
  recipes: Recipe[]
}

function messageFor(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error)
  return `The food catalogue could not be loaded. Your own data is not affected. (${detail})`
}
