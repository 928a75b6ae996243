// The disclosures API (社区事项公开): items of government affairs, community affairs and finances
// published in an area, ad hoc or for a period; a notice is an ad-hoc item of affairs.
import { api } from './client'
import type { Page } from './appeals'

export type DisclosureCategory = 'government' | 'affairs' | 'finance'
export type DisclosureMode = 'ad_hoc' | 'periodic'

export interface Disclosure {
  id: number
  area: { id: number; name: string; kind: string; path: string }
  category: DisclosureCategory
  mode: DisclosureMode
  period: string | null
  period_from: string | null
  period_to: string | null
  title: string
  body: string
  state: 'published' | 'withdrawn'
  published_by: string
  published_at: string
  withdrawn_by: string | null
  withdrawn_at: string | null
  withdraw_reason: string | null
}

export interface PublishBody {
  area_id: number
  category: DisclosureCategory
  mode: DisclosureMode
  period?: string
  title: string
  body: string
}

export const CATEGORIES: DisclosureCategory[] = ['government', 'affairs', 'finance']

export const listDisclosures = (query: Record<string, string | number | undefined> = {}) =>
  api.get<Page<Disclosure>>('/api/v1/disclosures', { per_page: 20, ...query })
export const publishDisclosure = (body: PublishBody) => api.post<Disclosure>('/api/v1/disclosures', body)
export const withdrawDisclosure = (id: number, reason: string) =>
  api.post<Disclosure>(`/api/v1/disclosures/${id}/withdraw`, { reason })

/** A notice (通知公告): an ad-hoc item of community affairs. */
export const isNotice = (d: Disclosure) => d.category === 'affairs' && d.mode === 'ad_hoc'
