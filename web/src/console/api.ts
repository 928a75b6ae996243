// The API calls of the office console and the dashboards beyond the appeals client: dispatch
// suggestions, KPIs, the area and party-organisation trees with their checks, people with the
// audited reveal, duty zones. The areas', organisations', people's and duty zones' types are
// those generated from the server's OpenAPI document (../api/schema.ts).
import { api } from '../api/client'
import type { Page } from '../api/appeals'
import type { components } from '../api/schema'

type Schemas = components['schemas']

/** An area; its geometry as GeoJsonGeometry below. */
export type AreaRow = Omit<Schemas['Area'], 'geometry'> & { geometry: GeoJsonGeometry | null }
/** One area with the areas above it, root first. */
export type AreaView = AreaRow & Pick<Schemas['AreaView'], 'ancestors'>

/** What an area's geometry holds. The server copies the stored GeoJSON text as it is, so its
 *  schema says only "an object"; the form that stores it admits only these two types. */
export interface GeoJsonGeometry {
  type: 'Polygon' | 'MultiPolygon'
  coordinates: unknown
}

/** A dispatch suggestion: whom to send an appeal to, and why. */
export type Suggestion = Schemas['AppealSuggestion']
/** A KPI rate with the appeals lists behind its numerator and denominator. */
export type Ratio = Schemas['KpiRatio']
export type Kpis = Schemas['AppealKpis']

export type Org = Schemas['PartyOrg']
export type OrgChecks = Schemas['OrgChecks']
export type Person = Schemas['Person']
/** A personal field a reveal unmasks. */
export type PersonalField = Schemas['PersonalValue']['field']
export type DutyZone = Schemas['DutyZone']

export const suggestions = (id: number) =>
  api.get<{ items: Suggestion[] }>(`/api/v1/appeals/${id}/suggestions`).then((r) => r.items)
export const kpis = (area: number, from?: string, to?: string) =>
  api.get<Kpis>('/api/v1/kpis/appeals', { area, from, to })
export const area = (id: number) => api.get<AreaView>(`/api/v1/areas/${id}`)
export const subtree = (id: number) => api.get<{ items: AreaRow[] }>(`/api/v1/areas/${id}/subtree`)
export const childAreas = (parent: number) =>
  api.get<Page<AreaRow>>('/api/v1/areas', { parent_id: parent, per_page: 200 }).then((r) => r.items)
export const orgs = (query: Record<string, string | number | undefined> = {}) =>
  api.get<Page<Org>>('/api/v1/orgs', { per_page: 200, ...query })
export const orgSubtree = (id: number) => api.get<{ items: Org[] }>(`/api/v1/orgs/${id}/subtree`)
export const orgChecks = (id: number) => api.get<OrgChecks>(`/api/v1/orgs/${id}/checks`)
export const people = (query: Record<string, string | number | undefined> = {}) =>
  api.get<Page<Person>>('/api/v1/people', { per_page: 20, ...query })
export const reveal = (id: number, field: PersonalField, reason: string) =>
  api.post<Schemas['PersonalValue']>(`/api/v1/people/${id}/reveal`, { field, reason })
export const zones = (query: Record<string, string | number | undefined> = {}) =>
  api.get<Page<DutyZone>>('/api/v1/duty-zones', { per_page: 100, ...query })

/** The console's own page for an API list link ("/api/v1/appeals?area_id=4&kpi=received"). */
export function queueLink(apiUrl: string): string {
  const q = apiUrl.indexOf('?')
  return `/console/appeals${q >= 0 ? apiUrl.slice(q) : ''}`
}

/** The area the account works in: the widest area among its office roles. */
export function homeArea(roles: { role: string; area: { id: number; name: string; kind: string } | null }[]) {
  const office = ['system_admin', 'district_admin', 'subdistrict_admin', 'staff', 'grid_worker']
  const rank = ['city', 'district', 'subdistrict', 'community', 'grid']
  let best: { id: number; name: string; kind: string } | null = null
  for (const r of roles) {
    if (!office.includes(r.role) || !r.area) continue
    if (!best || rank.indexOf(r.area.kind) < rank.indexOf(best.kind)) best = r.area
  }
  return best
}

/** "0.9532" → "95.3%"; null → "—". */
export function percent(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`
}
