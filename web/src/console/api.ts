// The API calls of the office console and the dashboards beyond the appeals client: dispatch
// suggestions, KPIs, the area and party-organisation trees with their checks, people with the
// audited reveal, duty zones. Types follow the server's OpenAPI schemas (GET /api/openapi.json).
import { api } from '../api/client'
import type { Page } from '../api/appeals'
import type { components } from '../api/schema'

type Schemas = components['schemas']

export interface AreaRow {
  id: number
  parent_id?: number | null
  kind: string
  name: string
  path: string
  depth: number
  code?: string | null
  geometry?: GeoJsonGeometry | null
}

export interface GeoJsonGeometry {
  type: 'Polygon' | 'MultiPolygon'
  coordinates: unknown
}

/** A dispatch suggestion: whom to send an appeal to, and why. */
export type Suggestion = Schemas['AppealSuggestion']
/** A KPI rate with the appeals lists behind its numerator and denominator. */
export type Ratio = Schemas['KpiRatio']
export type Kpis = Schemas['AppealKpis']

export interface Org {
  id: number
  parent_id?: number | null
  kind: string
  name: string
  path: string
  area?: { id: number; name: string } | null
  joint?: boolean
}

export interface OrgChecks {
  org_id: number
  kind: string
  members: number
  full_members: number
  probationary_members: number
  checks: { rule: string; status: 'ok' | 'info' | 'violation'; message: string }[]
}

export interface Person {
  id: number
  name: string
  gender: 'male' | 'female' | null
  birth_date: string | null
  id_number: string | null
  phone: string | null
  address: string | null
  area: { id: number; name: string; kind: string; path: string } | null
}

export interface DutyZone {
  id: number
  name: string
  grid: { id: number; name: string; path: string }
  members: { id: number; name: string; phone?: string | null; party_status?: string | null }[]
}

export const suggestions = (id: number) =>
  api.get<{ items: Suggestion[] }>(`/api/v1/appeals/${id}/suggestions`).then((r) => r.items)
export const kpis = (area: number, from?: string, to?: string) =>
  api.get<Kpis>('/api/v1/kpis/appeals', { area, from, to })
export const area = (id: number) => api.get<AreaRow & { ancestors: AreaRow[] }>(`/api/v1/areas/${id}`)
export const subtree = (id: number) => api.get<{ items: AreaRow[] }>(`/api/v1/areas/${id}/subtree`)
export const childAreas = (parent: number) =>
  api.get<Page<AreaRow>>('/api/v1/areas', { parent_id: parent, per_page: 200 }).then((r) => r.items)
export const orgs = (query: Record<string, string | number | undefined> = {}) =>
  api.get<Page<Org>>('/api/v1/orgs', { per_page: 200, ...query })
export const orgSubtree = (id: number) => api.get<{ items: Org[] }>(`/api/v1/orgs/${id}/subtree`)
export const orgChecks = (id: number) => api.get<OrgChecks>(`/api/v1/orgs/${id}/checks`)
export const people = (query: Record<string, string | number | undefined> = {}) =>
  api.get<Page<Person>>('/api/v1/people', { per_page: 20, ...query })
export const reveal = (id: number, field: 'id_number' | 'phone', reason: string) =>
  api.post<{ field: string; value: string }>(`/api/v1/people/${id}/reveal`, { field, reason })
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
