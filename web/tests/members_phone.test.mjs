// The party member's phone pages against the real server (demo data, phone viewport): a member
// reports in to the community where they live, the community confirms, the member sees the
// receipt, claims a service post and records what they did, the community confirms the hours,
// the year's feedback sheet is generated and sent, the work unit's party organisation
// acknowledges it with a reply on its own page, and the member sees it acknowledged; the
// member's org-life page shows their attendance at a meeting the branch recorded. axe-core on
// every page, a screenshot of each, no console error or CSP violation.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { newPage, login, visit, assertNoProblems, DEMO_PASSWORD, serveAndBrowse, srv, browser } from './harness.mjs'
import { apiAs } from './staff-api.mjs'

const S = {}

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)

serveAndBrowse(async () => {
  S.admin = await apiAs(srv.url, 'sysadmin')
  S.staff = await apiAs(srv.url, 'staff.lingfeng')
  const member = await apiAs(srv.url, 'member.lingfeng')
  S.member = member.me.person.id
  S.branch = member.me.roles.find((r) => r.role === 'member').org.id
  const areas = await S.admin('GET', '/api/v1/areas?kind=community&q=' + encodeURIComponent('灵峰社区'))
  S.lingfeng = areas.items[0]
  // A work unit whose party committee sits in the subdistrict, and an account of that committee.
  const org = await S.admin('POST', '/api/v1/orgs', {
    kind: 'committee',
    name: '区住建局机关党委',
    area_id: S.lingfeng.parent_id,
  })
  S.unitOrg = org.id
  S.unit = await S.admin('POST', '/api/v1/work-units', { name: '区住建局', kind: 'government', org_id: org.id })
  const rep = await S.admin('POST', '/api/v1/people', { name: '住建局组织委员', area_id: S.lingfeng.parent_id })
  await S.admin('POST', '/api/v1/accounts', { person_id: rep.id, login: 'rep.zhujian', password: DEMO_PASSWORD })
  await S.admin('POST', '/api/v1/role-grants', { person_id: rep.id, role: 'unit_rep', org_id: org.id })
})

test('a member goes from report-in to an acknowledged feedback sheet on the phone', async () => {
  const page = await newPage(browser)
  await login(page, srv.url, 'member.lingfeng')
  await page.waitForURL(/\/member$/)
  await page.getByText('尚未报到').waitFor()
  await visit(page, 'member-home')

  // Before report-in there is nothing to claim.
  await page.getByRole('link', { name: '我的任务' }).click()
  await page.getByText('报到经社区确认后').waitFor()
  await page.getByRole('link', { name: '去报到' }).click()
  await page.waitForURL(/\/member\/report-in$/)
  await page.getByRole('button', { name: '提交报到' }).waitFor()
  await visit(page, 'member-report-in')
  await page.getByLabel('输入单位名称查找').fill('住建')
  await page.getByRole('radio', { name: '区住建局' }).click()
  await page.getByLabel('能为社区做什么（可不填）').fill('会修水电')
  await page.getByRole('button', { name: '提交报到' }).click()
  const card = page.locator('[data-report-in]').first()
  await card.locator('[data-status="submitted"]').waitFor()
  assert.match(await card.textContent(), /灵峰社区/)
  assert.equal(await page.getByRole('button', { name: '提交报到' }).count(), 0, 'one open report-in at a time')
  const rid = Number(await card.getAttribute('data-report-in'))
  await visit(page, 'member-report-in-submitted')

  // The community confirms; a receipt is issued.
  const confirmed = await S.staff('POST', `/api/v1/report-ins/${rid}/confirm`)
  assert.equal(confirmed.status, 'confirmed')
  await page.goto(`${srv.url}/member/records`)
  const receipt = page.locator(`[data-receipt="${confirmed.receipt_no}"]`)
  await receipt.waitFor()
  assert.match(await receipt.textContent(), /区住建局机关党委/)
  assert.equal(
    await receipt.getByRole('link', { name: '打印' }).getAttribute('href'),
    `/api/v1/report-ins/${rid}/receipt.html`,
  )
  await page.getByText('年底社区发出反馈单后').waitFor()
  await visit(page, 'member-records-receipt')

  // A post to claim; the member claims it and records what they did.
  const post = await S.staff('POST', '/api/v1/service-posts', {
    community_id: S.lingfeng.id,
    kind: 'volunteering',
    title: '助老服务',
    description: '陪同社区老人就医',
  })
  await page.goto(`${srv.url}/member/tasks`)
  const open = page.locator(`[data-post="${post.id}"]`)
  await open.getByRole('button', { name: '认领' }).click()
  const mine = page.locator(`[data-post="${post.id}"]`, { hasText: '登记服务' })
  await mine.getByRole('button', { name: '登记服务' }).click()
  await mine.getByLabel('服务时长（小时）').fill('2.5')
  await mine.getByLabel('做了什么').fill('陪老人就医')
  await visit(page, 'member-tasks-record')
  await mine.getByRole('button', { name: '提交登记' }).click()
  const rec = page.locator('[data-record]').first()
  await rec.locator('[data-status="logged"]').waitFor()
  assert.match(await rec.textContent(), /2\.5/)
  const recId = Number(await rec.getAttribute('data-record'))
  await visit(page, 'member-tasks')

  // The community confirms the hours, generates the year's sheet and sends it.
  await S.staff('POST', `/api/v1/service-records/${recId}/confirm`)
  await page.reload()
  await page.locator(`[data-record="${recId}"] [data-status="confirmed"]`).waitFor()
  await page.getByText('已确认 2.5 小时').waitFor()
  const year = Number(today().slice(0, 4))
  const gen = await S.staff('POST', '/api/v1/feedback-sheets/generate', {
    community_id: S.lingfeng.id,
    year,
    report_in_id: rid,
    evaluation: '积极参与社区服务',
  })
  const sheet = gen.sheets[0]
  assert.equal(sheet.hours, 2.5)
  await S.staff('POST', `/api/v1/feedback-sheets/${sheet.id}/send`)
  await page.goto(`${srv.url}/member/records`)
  await page.locator(`[data-sheet="${sheet.id}"] [data-status="sent"]`).waitFor()
  await visit(page, 'member-records-sent')

  // The work unit's organisation acknowledges it on its own page, with a reply.
  const unitPage = await newPage(browser)
  await login(unitPage, srv.url, 'rep.zhujian')
  await unitPage.waitForURL(/\/unit$/)
  const toAck = unitPage.locator(`[data-sheet="${sheet.id}"]`)
  await toAck.waitFor()
  const member = unitPage.locator(`[data-report-in="${rid}"]`)
  assert.match(await member.textContent(), /2\.5 小时/)
  assert.equal(await member.getByRole('link').getAttribute('href'), `/api/v1/report-ins/${rid}/receipt.html`)
  await visit(unitPage, 'unit-home')
  await toAck.getByLabel('回复社区（可不填）').fill('已收悉，谢谢社区')
  await toAck.getByRole('button', { name: '签收' }).click()
  await unitPage.locator(`[data-sheet="${sheet.id}"] [data-status="acknowledged"]`).waitFor()
  await unitPage.getByText('没有待签收的反馈单').waitFor()
  await visit(unitPage, 'unit-home-acknowledged')
  assertNoProblems(unitPage)
  await unitPage.context().close()

  // The member sees the sheet acknowledged, with the unit's reply.
  await page.reload()
  const acked = page.locator(`[data-sheet="${sheet.id}"]`)
  await acked.locator('[data-status="acknowledged"]').waitFor()
  assert.match(await acked.textContent(), /已收悉，谢谢社区/)
  assert.match(await acked.textContent(), /积极参与社区服务/)
  await visit(page, 'member-records-acknowledged')

  // Home shows the confirmed report-in; a member who is also a resident switches to the resident pages.
  await page.goto(`${srv.url}/member`)
  await page.locator('.status-card [data-status="confirmed"]').waitFor()
  await page.getByRole('link', { name: /切换到居民页面/ }).click()
  await page.waitForURL(/\/me$/)
  await page.getByRole('button', { name: '切换到党员服务' }).click()
  await page.waitForURL(/\/member$/)
  assertNoProblems(page)
  await page.context().close()
})

test("the member's org life shows their attendance at the branch's meetings", async () => {
  // The branch's members sit in its groups: the roster holds those below it too.
  const roster = await S.staff('GET', `/api/v1/member-roster?org_id=${S.branch}`)
  const others = roster.rows.map((m) => m.id).filter((id) => id !== S.member)
  const attendance = [{ person_id: S.member, status: 'present' }, ...others.slice(0, 1).map((id) => ({ person_id: id, status: 'excused' }))]
  const meeting = await S.staff('POST', '/api/v1/org-life/meetings', {
    org_id: S.branch,
    kind: 'theme_day',
    held_on: today(),
    topic: '学习社区治理条例',
    minutes: '学习并讨论',
    attendance,
  })
  const page = await newPage(browser)
  await login(page, srv.url, 'member.lingfeng')
  await page.getByRole('link', { name: '我的组织生活' }).click()
  await page.waitForURL(/\/member\/org-life$/)
  const card = page.locator(`[data-meeting="${meeting.id}"]`)
  await card.waitFor()
  assert.match(await card.textContent(), /主题党日/)
  assert.match(await card.textContent(), /我：出席/)
  const attended = Number(await page.locator('[data-figure="attended"]').textContent())
  assert.ok(attended >= 1, `attended ${attended}`)
  await visit(page, 'member-org-life')
  // The same page in English.
  await page.getByRole('button', { name: 'English' }).click()
  await page.getByRole('heading', { name: 'My org life' }).waitFor()
  assert.match(await card.textContent(), /Theme day/)
  assert.match(await card.textContent(), /Me: Present/)
  await visit(page, 'member-org-life-en')
  await page.getByRole('button', { name: 'Back' }).click()
  await page.getByRole('link', { name: 'Report in to a community' }).waitFor()
  await visit(page, 'member-home-en')
  assertNoProblems(page)
  await page.context().close()
})
