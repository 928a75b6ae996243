// What every member page needs: who the member is, their party organisation (from the member
// role's grant), and their report-ins, newest first. Loaded once per page visit.
import { computed, reactive } from 'vue'
import { session } from '../../api/session'
import { members, type ReportIn } from '../../api/members'

export const me = reactive({
  reportIns: [] as ReportIn[],
  loaded: false,
})

export const personId = computed(() => session.account?.person.id ?? 0)
export const myOrg = computed(() => session.account?.roles.find((r) => r.role === 'member' && r.org)?.org ?? null)

/** The report-in that counts now: an open or confirmed one, else the newest. */
export const current = computed<ReportIn | null>(
  () => me.reportIns.find((r) => r.status === 'submitted' || r.status === 'confirmed') ?? me.reportIns[0] ?? null,
)

export async function loadReportIns(): Promise<void> {
  const page = await members.reportIns({ person_id: personId.value, kind: 'member' })
  me.reportIns = page.items.sort((a, b) => b.id - a.id)
  me.loaded = true
}
