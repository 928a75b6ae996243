// Party members' calls: report-in (双报到) with receipts, service posts and hours, feedback
// sheets, org life (三会一课) and the member record. Shapes follow GET /api/v1/openapi.json
// (schemas ReportIn, Receipt, ServicePost, ServiceRecord, FeedbackSheet, Member); only the
// fields the pages read are typed. The org-life types are the generated ones (./schema).
import { api } from './client'
import type { components } from './schema'

type Schemas = components['schemas']

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

export type ReportInStatus = 'submitted' | 'confirmed' | 'declined' | 'withdrawn'

export interface ReportIn {
  id: number
  kind: 'member' | 'unit'
  status: ReportInStatus
  member: { id: number; name: string } | null
  unit: { id: number; name: string; kind: string; org: IdName }
  community: { id: number; name: string; path: string }
  note: string | null
  decline_reason: string | null
  receipt_no: string | null
  submitted_at: string
  submitted_by: string
  decided_at: string | null
  decided_by: string | null
  resides_in_community: boolean | null
}

export interface Receipt {
  receipt_no: string
  report_in_id: number
  kind: 'member' | 'unit'
  member: { id: number; name: string; party_org: string | null } | null
  unit: IdName
  unit_org: IdName
  community: IdName
  community_org: string | null
  note: string | null
  submitted_on: string
  confirmed_on: string
  confirmed_by: string
}

export type PostKind = 'duty_zone' | 'volunteering' | 'task' | 'activity'

export interface ServicePost {
  id: number
  community: IdName
  kind: PostKind
  title: string
  description: string | null
  duty_zone: IdName | null
  open: boolean
  claims: number
  claimed: boolean
}

export type ServiceStatus = 'logged' | 'confirmed' | 'rejected'

export interface ServiceRecord {
  id: number
  report_in_id: number
  member: IdName
  post: { id: number; title: string; kind: string }
  community: IdName
  unit: IdName
  served_on: string
  hours: number
  note: string | null
  status: ServiceStatus
  reject_reason: string | null
}

export type SheetStatus = 'draft' | 'sent' | 'acknowledged'

export interface FeedbackSheet {
  id: number
  report_in_id: number
  year: number
  status: SheetStatus
  member: IdName
  unit: IdName
  unit_org: IdName
  community: IdName
  receipt_no: string | null
  services: number
  hours: number
  posts: number
  lines: { post_id: number; title: string; kind: string; services: number; hours: number }[]
  evaluation: string | null
  reply: string | null
  sent_at: string | null
  acknowledged_at: string | null
  acknowledged_by: string | null
}

export interface WorkUnit {
  id: number
  name: string
  kind: string
  org: { id: number; name: string; path: string }
}

export interface MemberRecord {
  id: number
  name: string
  org_id: number
  status: 'full' | 'probationary'
  org: { id: number; name: string; kind: string }
  area: { id: number; name: string | null; kind: string | null; path: string } | null
  profile: { unit: { id: number; name: string; org: IdName } | null; post: string | null }
  reported_in_to: string | null
  receipt_no: string | null
}

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
    api.get<Paged<ServiceRecord> & { hours: number }>('/api/v1/service-records', { ...all, ...query }),
  logService: (body: { post_id: number; served_on: string; hours: number; note?: string }) =>
    api.post<ServiceRecord>('/api/v1/service-records', body),
  confirmService: (id: number) => api.post<ServiceRecord>(`/api/v1/service-records/${id}/confirm`),
  rejectService: (id: number, reason: string) =>
    api.post<ServiceRecord>(`/api/v1/service-records/${id}/reject`, { reason }),

  sheets: (query: Record<string, string | number | boolean | undefined> = {}) =>
    api.get<Paged<FeedbackSheet>>('/api/v1/feedback-sheets', { ...all, ...query }),
  generate: (body: { community_id: number; year: number; report_in_id?: number }) =>
    api.post<{ sheets: FeedbackSheet[]; skipped: { report_in_id: number; reason: string }[] }>(
      '/api/v1/feedback-sheets/generate',
      body,
    ),
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
