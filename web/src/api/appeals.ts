// The appeals API (诉求): categories, intake, the list, one appeal with its timeline, and the
// steps of its flow. Types follow the server's OpenAPI schemas (GET /api/openapi.json).
import { api } from './client'
import type { Photo } from './photos'

export interface Category {
  code: string
  name: string
  accept_s: number | null
  on_site_s: number | null
  resolve_s: number | null
}

export type AppealState =
  | 'received'
  | 'accepted'
  | 'dispatched'
  | 'taken'
  | 'on_site'
  | 'escalated'
  | 'resolved'
  | 'followed_up'
  | 'closed'
  | 'referred'
  | 'closed_unresolved'
  | 'merged'

export type Rating = 'satisfied' | 'basically_satisfied' | 'not_satisfied'

export interface Appeal {
  id: number
  channel: string
  category: { code: string; name: string }
  urgency: 'normal' | 'urgent'
  description: string
  state: AppealState
  place: { area: { id: number; name: string; kind: string; path: string }; grid_id: number | null }
  resident: { id: number; name: string; phone: string | null }
  assignee: { kind: string; id: number; name: string | null } | null
  deadlines: { accept_by: string | null; on_site_by: string | null; resolve_by: string | null }
  overdue: boolean
  rating: Rating | null
  created_at: string
  updated_at: string
}

export interface AppealStep {
  id: number
  step: string
  from_state: string | null
  to_state: string
  actor: string
  note: string | null
  reason: string | null
  at: string
}

export interface AppealView extends Appeal {
  timeline: AppealStep[]
  /** At intake (step raise) and on resolving (step resolve), in upload order. */
  photos: Photo[]
}

export interface Page<T> {
  items: T[]
  page: number
  per_page: number
  total: number
}

export interface IntakeBody {
  channel: 'online' | 'desk' | 'hotline'
  category: string
  urgency?: 'normal' | 'urgent'
  description: string
  area_id?: number
  resident_id?: number
  resident?: { name: string; phone: string }
  photo_ids?: number[]
}

let categories: Promise<Category[]> | null = null

/** The configured categories (fetched once per page load). */
export function loadCategories(): Promise<Category[]> {
  categories ??= api
    .get<{ items: Category[] }>('/api/v1/appeal-categories')
    .then((r) => r.items)
    .catch((e) => {
      categories = null
      throw e
    })
  return categories
}

export const raiseAppeal = (body: IntakeBody) => api.post<Appeal>('/api/v1/appeals', body)
export const getAppeal = (id: number) => api.get<AppealView>(`/api/v1/appeals/${id}`)
export const listAppeals = (query: Record<string, string | number | undefined> = {}) =>
  api.get<Page<Appeal>>('/api/v1/appeals', { per_page: 50, ...query })
export const takeStep = (id: number, step: string, body: Record<string, unknown> = {}) =>
  api.post<Appeal>(`/api/v1/appeals/${id}/${step}`, body)

/** States in which work is still owed (the clocks run). */
export function isOpen(s: AppealState): boolean {
  return ['received', 'accepted', 'dispatched', 'taken', 'on_site', 'escalated'].includes(s)
}

/** The deadline that matters now for an appeal in `state` (the next clock to beat). */
export function currentDeadline(a: Appeal): { kind: 'accept' | 'on_site' | 'resolve'; at: string } | null {
  const d = a.deadlines
  if (a.state === 'received' && d.accept_by) return { kind: 'accept', at: d.accept_by }
  if (['received', 'accepted', 'dispatched', 'taken'].includes(a.state) && d.on_site_by)
    return { kind: 'on_site', at: d.on_site_by }
  if (isOpen(a.state) && d.resolve_by) return { kind: 'resolve', at: d.resolve_by }
  return null
}

/** The photos shown with timeline step `s`: those of intake with the raise, those of the work
 *  with the latest resolve (a reopened appeal's photos all stay with the appeal). */
export function photosOfStep(a: AppealView, s: AppealStep): Photo[] {
  if (s.step === 'raise') return a.photos.filter((p) => p.step === 'raise')
  const resolves = a.timeline.filter((x) => x.step === 'resolve')
  const last = resolves[resolves.length - 1]
  return s.step === 'resolve' && s.id === last?.id ? a.photos.filter((p) => p.step === 'resolve') : []
}
