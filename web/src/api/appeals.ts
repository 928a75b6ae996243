// The appeals API (诉求): categories, intake, the list, one appeal with its timeline, and the
// steps of its flow. The types are the server's OpenAPI schemas (generated into ./schema.ts).
import { api } from './client'
import type { Photo } from './photos'
import {
  appealOpenStateValues,
  appealRatingValues,
  type components,
  type paths,
} from './schema'

type Schemas = components['schemas']

export type Category = Schemas['AppealCategory']
export type Appeal = Schemas['Appeal']
export type AppealState = Appeal['state']
export type Rating = NonNullable<Appeal['rating']>
export type AppealStep = Schemas['AppealStep']
/** With its timeline and its photos: at intake (step raise) and on resolving (step resolve), in
 *  upload order. */
export type AppealView = Schemas['AppealView']

/** The ratings a follow-up may give, in the server's order. */
export const RATINGS: readonly Rating[] = appealRatingValues

export interface Page<T> {
  items: T[]
  page: number
  per_page: number
  total: number
}

export type IntakeBody = paths['/api/v1/appeals']['post']['requestBody']['content']['application/json']

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
  return (appealOpenStateValues as readonly AppealState[]).includes(s)
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
