// Party members' calls: report-in (双报到) with receipts, service posts and hours, feedback
// sheets, org life (三会一课) and the member record. Shapes follow GET /api/v1/openapi.json
// (schemas ReportIn, Receipt, ServicePost, ServiceRecord, FeedbackSheet, Member); only the
// fields the pages read are typed. The org-life types are the generated ones (./schema).
import { api } from './client'
import type { components } from './schema'

export interface IdName {
  id: number
  name: string
}

export interface Paged<T> {
  items: T[]
  total: number
  page: number
  per_page: number
}

type Schemas = components['schemas']

export type ReportIn = Schemas['ReportIn']
export type ReportInStatus = ReportIn['status']
/** The receipt card (报到回执卡) of a confirmed report-in. */
export type Receipt = Schemas['Receipt']
export type ServicePost = Schemas['ServicePost']
export type PostKind = ServicePost['kind']
export type ServiceRecord = Schemas['ServiceRecord']
export type ServiceStatus = ServiceRecord['status']
/** A page of service records, with the hours of every row the filter matches. */
export type ServiceRecordPage = Schemas['ServiceRecordPage']
export type FeedbackSheet = Schemas['FeedbackSheet']
export type SheetStatus = FeedbackSheet['status']
/** The drafts a generation made or refreshed, and the report-ins it passed over. */
export type SheetGeneration = Schemas['FeedbackSheetGeneration']
export type WorkUnit = Schemas['WorkUnit']

/** A party member (GET /api/v1/members/{person_id}): the masked person, the membership, the
 *  profile and the dues basis. */
export type MemberRecord = components['schemas']['Member']
/** A row of the member roster: the member, with the community of a confirmed report-in. */
export type RosterRow = components['schemas']['RosterRow']
export type MemberRoster = components['schemas']['MemberRoster']

export type MeetingKind = Schemas['OrgLifeMeeting']['kind']
/** A meeting read alone, with its roll. */
export type MeetingView = Schemas['OrgLifeMeetingView']
export type Attendance = MeetingView['attendance'][number]['status']
/** A meeting; the list gives it without its roll. */
export type Meeting = Schemas['OrgLifeMeeting'] & Partial<Pick<MeetingView, 'attendance'>>
export type CoverageMember = Schemas['OrgLifeCoverageMember']
export type CoverageSlot = Schemas['OrgLifeMissedSlot']
export type Coverage = Schemas['OrgLifeCoverage']
export type Plan = Schemas['OrgLifePlan']

const all = { per_page: 200 }

export const members = {
  get: (personId: number) => api.get<MemberRecord>(`/api/v1/members/${personId}`),
  units: (q?: string) => api.get<Paged<WorkUnit>>('/api/v1/work-units', { q, per_page: 50 }),

  reportIns: (query: Record<string, string | number | undefined> = {}) =>
    api.get<Paged<ReportIn>>('/api/v1/report-ins', { ...all, ...query }),
  reportIn: (body: { unit_id: number; community_id?: number; note?: string }) =>
    api.post<ReportIn>('/api/v1/report-ins', { kind: 'member', ...body }),
  withdraw: (id: number) => api.post<ReportIn>(`/api/v1/report-ins/${id}/withdraw`, {}),
  confirm: (id: number) => api.post<ReportIn>(`/api/v1/report-ins/${id}/confirm`),
  decline: (id: number, reason: string) => api.post<ReportIn>(`/api/v1/report-ins/${id}/decline`, { reason }),
  receipt: (id: number) => api.get<Receipt>(`/api/v1/report-ins/${id}/receipt`),

  posts: (query: Record<string, string | number | boolean | undefined> = {}) =>
    api.get<Paged<ServicePost>>('/api/v1/service-posts', { ...all, ...query }),
  claim: (postId: number) => api.post<ServicePost>(`/api/v1/service-posts/${postId}/claims`, {}),
  unclaim: (postId: number, personId: number) =>
    api.del<ServicePost>(`/api/v1/service-posts/${postId}/claims/${personId}`),

  services: (query: Record<string, string | number | undefined> = {}) =>
    api.get<ServiceRecordPage>('/api/v1/service-records', { ...all, ...query }),
  logService: (body: { post_id: number; served_on: string; hours: number; note?: string }) =>
    api.post<ServiceRecord>('/api/v1/service-records', body),
  confirmService: (id: number) => api.post<ServiceRecord>(`/api/v1/service-records/${id}/confirm`),
  rejectService: (id: number, reason: string) =>
    api.post<ServiceRecord>(`/api/v1/service-records/${id}/reject`, { reason }),

  sheets: (query: Record<string, string | number | boolean | undefined> = {}) =>
    api.get<Paged<FeedbackSheet>>('/api/v1/feedback-sheets', { ...all, ...query }),
  generate: (body: { community_id: number; year: number; report_in_id?: number }) =>
    api.post<SheetGeneration>('/api/v1/feedback-sheets/generate', body),
  send: (id: number) => api.post<FeedbackSheet>(`/api/v1/feedback-sheets/${id}/send`),
  acknowledge: (id: number, reply?: string) =>
    api.post<FeedbackSheet>(`/api/v1/feedback-sheets/${id}/acknowledge`, reply ? { reply } : {}),

  meetings: (query: Record<string, string | number | undefined>) =>
    api.get<Paged<Meeting>>('/api/v1/org-life/meetings', { per_page: 50, ...query }),
  meeting: (id: number) => api.get<MeetingView>(`/api/v1/org-life/meetings/${id}`),
  coverage: (query: Record<string, string | number | undefined>) =>
    api.get<Coverage>('/api/v1/org-life/coverage', query),
  plan: (orgId: number, year?: number) => api.get<Plan>(`/api/v1/orgs/${orgId}/org-life/plan`, { year }),
}

/** Today in China Standard Time (the server counts days there), as YYYY-MM-DD. */
export function todayCst(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
}
