// The disclosures API (社区事项公开): items of government affairs, community affairs and finances
// published in an area, ad hoc or for a period; a notice is an ad-hoc item of affairs.
import { api } from './client'
import type { Page } from './appeals'
import { disclosureCategoryValues, type components, type paths } from './schema'

type Schemas = components['schemas']

export type Disclosure = Schemas['Disclosure']
export type DisclosureCategory = Disclosure['category']
export type DisclosureMode = Disclosure['mode']
export type PublishBody = paths['/api/v1/disclosures']['post']['requestBody']['content']['application/json']
/** What the list shows: published (the default), withdrawn, or all. */
export type StateFilter = NonNullable<NonNullable<paths['/api/v1/disclosures']['get']['parameters']['query']>['state']>

/** The categories, in the server's order. */
export const CATEGORIES: readonly DisclosureCategory[] = disclosureCategoryValues

export const listDisclosures = (query: Record<string, string | number | undefined> = {}) =>
  api.get<Page<Disclosure>>('/api/v1/disclosures', { per_page: 20, ...query })
export const publishDisclosure = (body: PublishBody) => api.post<Disclosure>('/api/v1/disclosures', body)
export const withdrawDisclosure = (id: number, reason: string) =>
  api.post<Disclosure>(`/api/v1/disclosures/${id}/withdraw`, { reason })

/** A notice (通知公告): an ad-hoc item of community affairs. */
export const isNotice = (d: Disclosure) => d.category === 'affairs' && d.mode === 'ad_hoc'
