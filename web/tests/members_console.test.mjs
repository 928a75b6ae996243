// The console's party-member pages on a desktop, against the real server and the demo data: the
// roster of an organisation with its printable and Excel exports; org life with the plan, the
// coverage share whose parts open the members behind them, and a meeting's roll; and the
// report-in pipeline where the community confirms a report-in, confirms logged hours, generates
// the year's feedback sheet and sends it. axe-core and a screenshot on every page.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { newPage, login, visit, assertNoProblems, DESKTOP, serveAndBrowse, srv, browser } from './harness.mjs'
import { apiAs } from './staff-api.mjs'

const S = {}
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)

serveAndBrowse(async () => {
  S.admin = await apiAs(srv.url, 'sysadmin')
  S.staff = await apiAs(srv.url, 'staff.lingfeng')
  S.member = await apiAs(srv.url, 'member.lingfeng')
  S.memberId = S.member.me.person.id
  S.branch = S.member.me.roles.find((r) => r.role === 'member').org.id
  const areas = await S.admin('GET', '/api/v1/areas?kind=community&q=' + encodeURIComponent('灵峰社区'))
  S.lingfeng = areas.items[0]
  const org = await S.admin('POST', '/api/v1/orgs', { kind: 'committee', name: '区教育局机关党委', area_id: S.lingfeng.parent_id })
  S.unit = await S.admin('POST', '/api/v1/work-units', { name: '区教育局', kind: 'government', org_id: org.id })
})

const desktop = () => newPage(browser, { viewport: DESKTOP, mobile: false })

test('the roster of a branch, with its printable page and Excel workbook', async () => {
  const page = await desktop()
  await login(page, srv.url, 'staff.lingfeng')
  await page.getByRole('menuitem', { name: '党员名册' }).click()
  await page.waitForURL(/\/console\/roster\?org=\d+/)
  await page.goto(`${srv.url}/console/roster?org=${S.branch}`)
  await page.locator('.el-table__body tr').first().waitFor()
  const roster = await S.staff('GET', `/api/v1/member-roster?org_id=${S.branch}`)
  await page.getByText(`共 ${roster.total} 名党员`).waitFor()
  assert.equal(await page.locator('.el-table__body tr').count(), roster.rows.length)
  assert.equal(
    await page.locator('[data-export="roster-xlsx"]').getAttribute('href'),
    `/api/v1/member-roster.xlsx?org_id=${S.branch}`,
  )
  // The exports answer with the session cookie.
  const html = await page.evaluate(async (u) => (await fetch(u)).text(), `/api/v1/member-roster.html?org_id=${S.branch}`)
  assert.match(html, /党员基本情况一览表/)
  const xlsx = await page.evaluate(async (u) => {
    const r = await fetch(u)
    return { status: r.status, type: r.headers.get('content-type') }
  }, `/api/v1/member-roster.xlsx?org_id=${S.branch}`)
  assert.equal(xlsx.status, 200)
  assert.match(xlsx.type, /spreadsheetml/)
  await visit(page, 'console-roster')
  assertNoProblems(page)
  await page.context().close()
})

test('org life: the plan, the coverage share and the members behind it, a meeting roll', async () => {
  // The branch's members sit in its groups: the roster holds those below it too.
  const roster = await S.staff('GET', `/api/v1/member-roster?org_id=${S.branch}`)
  const other = roster.rows.map((m) => m.id).find((id) => id !== S.memberId)
  const meeting = await S.staff('POST', '/api/v1/org-life/meetings', {
    org_id: S.branch,
    kind: 'theme_day',
    held_on: today(),
    topic: '主题党日：清理楼道',
    minutes: '清理建安街楼道杂物',
    attendance: [
      { person_id: S.memberId, status: 'present' },
      { person_id: other, status: 'absent' },
    ],
  })
  const year = today().slice(0, 4)
  const page = await desktop()
  await login(page, srv.url, 'staff.lingfeng')
  await page.goto(`${srv.url}/console/org-life?org=${S.branch}&from=${year}-01-01&to=${year}-12-31`)
  await page.locator('[data-figure="share"]').waitFor()
  const slot = page.locator(`[data-slot="theme_day:${today().slice(0, 7)}"]`)
  await slot.waitFor()
  assert.match(await slot.textContent(), /已召开/)
  await visit(page, 'console-org-life')

  // The share's parts open the members behind them.
  const cov = await S.staff('GET', `/api/v1/org-life/coverage?org_id=${S.branch}&from=${year}-01-01&to=${year}-12-31`)
  await page.locator('[data-show="incomplete"]').click()
  await page.waitForURL(/show=incomplete/)
  await page.getByText(`正在看：有缺项（${cov.share.incomplete_ids.length} 人）`).waitFor()
  assert.equal(await page.locator('[data-member]').count(), cov.share.incomplete_ids.length)
  // The absent member's miss opens the meeting with its roll.
  const row = page.locator('.el-table__row', { has: page.locator(`[data-member="${other}"]`) })
  await row.getByRole('button', { name: /主题党日.*缺席/ }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByText('主题党日：清理楼道').waitFor()
  assert.equal(await dialog.locator('.roll li').count(), meeting.attendance.length)
  await visit(page, 'console-org-life-meeting')
  assertNoProblems(page)
  await page.context().close()
})

test('the report-in pipeline: confirm, confirm hours, generate and send the sheet', async () => {
  const ri = await S.member('POST', '/api/v1/report-ins', { unit_id: S.unit.id, note: '能教书法' })
  const page = await desktop()
  await login(page, srv.url, 'staff.lingfeng')
  await page.getByRole('menuitem', { name: '双报到' }).click()
  await page.waitForURL(/\/console\/report-ins/)
  const row = page.locator('.el-table__row', { has: page.locator(`[data-report-in="${ri.id}"]`) })
  await row.waitFor()
  await visit(page, 'console-report-ins')
  await row.getByRole('button', { name: /^确认/ }).click()
  await row.waitFor({ state: 'detached' })
  await page.locator('[data-stage="confirmed"]').click()
  const confirmed = page.locator('.el-table__row', { has: page.locator(`[data-report-in="${ri.id}"]`) })
  await confirmed.getByRole('link', { name: /回执卡 RI-/ }).waitFor()
  assert.equal((await S.staff('GET', `/api/v1/report-ins/${ri.id}`)).status, 'confirmed')

  // The member claims a post and logs hours; the community confirms them here.
  const post = await S.staff('POST', '/api/v1/service-posts', { community_id: S.lingfeng.id, kind: 'task', title: '书法课' })
  await S.member('POST', `/api/v1/service-posts/${post.id}/claims`, {})
  const rec = await S.member('POST', '/api/v1/service-records', { post_id: post.id, served_on: today(), hours: 1.5, note: '教书法' })
  await page.locator('[data-stage="logged"]').click()
  const logged = page.locator('.el-table__row', { has: page.locator(`[data-record="${rec.id}"]`) })
  await logged.getByRole('button', { name: /^确认/ }).click()
  await logged.waitFor({ state: 'detached' })
  assert.equal((await S.staff('GET', `/api/v1/service-records/${rec.id}`)).status, 'confirmed')
  await page.locator('[data-stage="hours"] .n', { hasText: '1.5 小时' }).waitFor()

  // Year end: generate, then send the draft.
  await page.locator('[data-stage="drafts"]').click()
  await page.getByRole('button', { name: '生成本年度反馈单' }).click()
  await page.getByRole('status').filter({ hasText: /已生成 \d+ 张/ }).waitFor()
  const sheets = await S.staff('GET', `/api/v1/feedback-sheets?person_id=${S.memberId}&status=draft`)
  const sheet = sheets.items.find((s) => s.report_in_id === ri.id)
  assert.ok(sheet, 'a draft sheet for the report-in')
  assert.equal(sheet.hours, 1.5)
  await visit(page, 'console-report-ins-drafts')
  const draft = page.locator('.el-table__row', { has: page.locator(`[data-sheet="${sheet.id}"]`) })
  await draft.getByRole('button', { name: /^发送给单位/ }).click()
  await draft.waitFor({ state: 'detached' })
  await page.locator('[data-stage="sent"]').click()
  await page.locator(`[data-sheet="${sheet.id}"]`).waitFor()
  assert.equal((await S.staff('GET', `/api/v1/feedback-sheets/${sheet.id}`)).status, 'sent')
  await visit(page, 'console-report-ins-sent')
  assertNoProblems(page)
  await page.context().close()
})

test('an account with no area of its own gets a community to start the pipeline from', async () => {
  const page = await desktop()
  await login(page, srv.url, 'sysadmin')
  await page.goto(`${srv.url}/console/report-ins`)
  await page.locator('[data-stage="submitted"] .n').waitFor()
  const picked = await page.getByRole('combobox', { name: '社区' }).inputValue().catch(() => '')
  const shown = await page.locator('.pick').textContent()
  assert.ok((picked || shown).trim().length > 0, 'a community is chosen')
  await page.locator('[data-stage="drafts"]').click()
  await page.getByRole('button', { name: '生成本年度反馈单' }).waitFor()
  assertNoProblems(page)
  await page.context().close()
})
