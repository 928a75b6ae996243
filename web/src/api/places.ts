// The places a resident may raise an appeal on without choosing from a map: their household
// (the area of their resident role) and the grid it lies in (from the household's ancestors).
import { api } from './client'
import { session } from './session'

export interface Area {
  id: number
  name: string
  kind: string
  path?: string
}

export interface Places {
  home: Area | null
  grid: Area | null
}

let cached: Promise<Places> | null = null

export function residentPlaces(): Promise<Places> {
  const grant = session.account?.roles.find((r) => r.role === 'resident' && r.area)
  if (!grant?.area) return Promise.resolve({ home: null, grid: null })
  const home: Area = grant.area
  cached ??= api
    .get<Area & { ancestors?: Area[] }>(`/api/v1/areas/${home.id}`)
    .then((a) => {
      const chain = [...(a.ancestors ?? []), a]
      const g = chain.findIndex((x) => x.kind === 'grid')
      const grid = g >= 0 && chain[g].id !== a.id ? chain[g] : null
      // "建安街2号101室": the places below the grid, so the household is recognisable.
      const name = chain.slice(g + 1).map((x) => x.name).join('')
      return { home: { ...a, name: name || a.name }, grid }
    })
    .catch(() => ({ home, grid: null }))
  return cached
}

/** The first area a worker's role is held on (their grid, for a grid worker). */
export function workerArea(): Area | null {
  const g = session.account?.roles.find((r) => ['grid_worker', 'staff'].includes(r.role) && r.area)
  return g?.area ?? null
}

export function forgetPlaces(): void {
  cached = null
}
