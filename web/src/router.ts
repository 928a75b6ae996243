// Routes. Phone pages are small chunks; the console (Element Plus) and the dashboards (ECharts)
// are lazily imported so that phone pages never load them.
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { loadSession, homeFor, session } from './api/session'

const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: { render: () => null }, meta: { public: true } },
  { path: '/login', name: 'login', component: () => import('./pages/LoginPage.vue'), meta: { public: true } },
  { path: '/me', name: 'me', component: () => import('./pages/resident/ResidentHome.vue') },
  { path: '/me/new', name: 'raise', component: () => import('./pages/resident/RaisePage.vue') },
  { path: '/me/appeals/:id(\\d+)', name: 'appeal', component: () => import('./pages/resident/AppealPage.vue') },
  { path: '/me/disclosures', name: 'disclosures', component: () => import('./pages/resident/DisclosuresPage.vue') },
  { path: '/queue', name: 'queue', component: () => import('./pages/worker/WorkQueue.vue') },
  { path: '/desk', name: 'desk', component: () => import('./pages/worker/DeskPage.vue') },
  { path: '/member', name: 'member', component: () => import('./pages/member/MemberHome.vue') },
  { path: '/member/report-in', name: 'member-report-in', component: () => import('./pages/member/ReportInPage.vue') },
  { path: '/member/tasks', name: 'member-tasks', component: () => import('./pages/member/TasksPage.vue') },
  { path: '/member/org-life', name: 'member-org-life', component: () => import('./pages/member/OrgLifePage.vue') },
  { path: '/member/records', name: 'member-records', component: () => import('./pages/member/RecordsPage.vue') },
  { path: '/unit', name: 'unit', component: () => import('./pages/unit/UnitHome.vue') },
  {
    path: '/console',
    component: () => import('./console/ConsoleLayout.vue'),
    children: [
      { path: '', name: 'console', component: () => import('./console/ConsoleHome.vue') },
      { path: 'appeals', name: 'console-appeals', component: () => import('./console/QueuePage.vue') },
      { path: 'appeals/:id(\\d+)', name: 'console-appeal', component: () => import('./console/AppealDetail.vue') },
      { path: 'dashboard', name: 'console-dashboard', component: () => import('./console/DashboardPage.vue') },
      { path: 'trees', name: 'console-trees', component: () => import('./console/TreesPage.vue') },
      { path: 'people', name: 'console-people', component: () => import('./console/PeoplePage.vue') },
      { path: 'zones', name: 'console-zones', component: () => import('./console/ZonesPage.vue') },
      { path: 'disclosures', name: 'console-disclosures', component: () => import('./console/DisclosuresPage.vue') },
      { path: 'roster', name: 'console-roster', component: () => import('./console/members/RosterPage.vue') },
      { path: 'org-life', name: 'console-org-life', component: () => import('./console/members/OrgLifePage.vue') },
      { path: 'report-ins', name: 'console-report-ins', component: () => import('./console/members/ReportInsPage.vue') },
    ],
  },
  {
    path: '/screen/hall/:area(\\d+)',
    name: 'hall',
    component: () => import('./screen/HallScreen.vue'),
    meta: { public: true },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('./pages/NotFoundPage.vue'),
    meta: { public: true },
  },
]

export const router = createRouter({
  history: createWebHistory(),
  routes,
  scrollBehavior: () => ({ top: 0 }),
})

router.beforeEach(async (to) => {
  // Start fetching the page's chunk now, alongside the session check, rather than after it.
  for (const r of to.matched) {
    const c = r.components?.default
    if (typeof c === 'function') void (c as () => Promise<unknown>)()
  }
  if (!session.checked) await loadSession()
  if (to.name === 'home') return homeFor(session.account)
  if (to.name === 'login' && session.account && !to.query.back) return homeFor(session.account)
  if (!to.meta.public && !session.account) return { name: 'login', query: { back: to.fullPath } }
  return true
})
