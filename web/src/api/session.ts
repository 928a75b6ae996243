// The logged-in account, shared by every page. Roles decide the landing page.
import { reactive } from 'vue'
import { api, request } from './client'
import type { components } from './schema'

type Schemas = components['schemas']

export type Account = Schemas['Account']
/** A role the account's person holds, on an area or a party organisation. */
export type RoleGrant = Account['roles'][number]
export type RoleName = RoleGrant['role']

export const session = reactive({
  account: null as Account | null,
  checked: false,
})

export function hasRole(...names: RoleName[]): boolean {
  return !!session.account?.roles.some((r) => names.includes(r.role))
}

let pending: Promise<Account | null> | null = null

/** Reads the session from the cookie; null when not logged in. One request at a time. Not
 *  being logged in is no expired session: public pages (the hall screen) stay where they are. */
export function loadSession(): Promise<Account | null> {
  pending ??= request<Schemas['SessionAccount']>('GET', '/api/v1/session', { noAuthRedirect: true })
    .then((r) => r.account)
    .catch(() => null)
    .then((a) => {
      session.account = a
      session.checked = true
      pending = null
      return a
    })
  return pending
}

export async function login(loginName: string, password: string): Promise<Account> {
  const r = await api.post<Schemas['Session']>(
    '/api/v1/session',
    { login: loginName, password },
    { noAuthRedirect: true },
  )
  session.account = r.account
  session.checked = true
  return r.account
}

export async function logout(): Promise<void> {
  try {
    await api.del('/api/v1/session')
  } finally {
    session.account = null
  }
}

/** Where a role lands after login: the console for office roles, the phone pages otherwise. */
export function homeFor(a: Account | null): string {
  if (!a) return '/login'
  const roles = a.roles.map((r) => r.role)
  if (roles.includes('grid_worker')) return '/queue'
  // A party member lands on the member pages, which link to the queue and, for a member who
  // is also a resident, to the resident pages.
  if (roles.includes('member')) return '/member'
  if (roles.includes('unit_rep')) return '/unit'
  if (roles.some((r) => ['staff', 'subdistrict_admin', 'district_admin', 'system_admin'].includes(r)))
    return '/console'
  return '/me'
}
