// The office console on a desktop: staff log in, filter and search the appeal queue, open an
// appeal and dispatch it to the suggested assignee; the trees with their rule checks, duty zones,
// and people whose personal data is revealed only with a reason. axe-core and a screenshot on
// every page.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { newPage, login, assertNoProblems, DESKTOP, waitUntil, serveAndBrowse, srv, browser } from './harness.mjs'
import { apiAs, raiseAtDesk, visitLive } from './staff-api.mjs'

serveAndBrowse()

const desktop = () => newPage(browser, { viewport: DESKTOP, mobile: false })

test('staff filter the queue, search it, and dispatch an appeal to the suggested assignee', async () => {
  const staff = await apiAs(srv.url, 'staff.lingfeng')
  const word = '井盖松动'
  const a = await raiseAtDesk(staff, `建安街口${word}，请尽快处理`)
  await raiseAtDesk(staff, '路灯不亮')
  const suggested = (await staff('GET', `/api/v1/appeals/${a.id}/suggestions`)).items[0]
  assert.ok(suggested, 'the demo grid has someone to suggest')

  const page = await desktop()
  await login(page, srv.url, 'staff.lingfeng')
  await page.getByRole('menuitem', { name: '诉求工单' }).click()
  await page.waitForURL(/\/console\/appeals$/)
  await page.getByRole('link', { name: `#${a.id}` }).waitFor()
  await visitLive(page, 'console-queue')

  // Search: only the appeal with the word.
  await page.getByRole('textbox', { name: '搜索诉求内容' }).fill(word)
  await page.getByRole('button', { name: '搜索' }).click()
  await page.waitForURL(/q=/)
  await page.getByText('共 1 条').waitFor()
  assert.equal(await page.locator('.el-table__body tr').count(), 1)
  // Overdue only: nothing here is late yet.
  await page.getByText('只看超时').click()
  await page.waitForURL(/overdue=true/)
  await page.getByText('没有符合条件的诉求').waitFor()
  await page.getByRole('button', { name: '清除筛选' }).click()
  await page.waitForURL(/\/console\/appeals$/)
  // State filter from the URL the dashboards link to.
  await page.goto(`${srv.url}/console/appeals?state=received&kpi=received`)
  await page.getByText('共 2 条').waitFor()
  await visitLive(page, 'console-queue-filtered')

  // The appeal: accept, then dispatch to the suggestion.
  await page.getByRole('link', { name: `#${a.id}` }).click()
  await page.waitForURL(new RegExp(`/console/appeals/${a.id}$`))
  await page.getByRole('heading', { name: new RegExp(`诉求 #${a.id}`) }).waitFor()
  await visitLive(page, 'console-appeal')
  await page.getByRole('button', { name: '受理' }).click()
  await page.getByText(`推荐：${suggested.person?.name ?? suggested.name}`).waitFor()
  await page.getByRole('button', { name: '按推荐派单' }).click()
  await page.getByRole('heading', { name: /已派单/ }).waitFor()
  const after = await staff('GET', `/api/v1/appeals/${a.id}`)
  assert.equal(after.state, 'dispatched')
  assert.equal(after.assignee.id, suggested.assignee_id)
  assert.deepEqual(after.timeline.map((s) => s.step), ['raise', 'accept', 'dispatch'])
  await page.getByText('派单 · staff.lingfeng').waitFor()
  await visitLive(page, 'console-appeal-dispatched')
  assertNoProblems(page)
  await page.context().close()
})

test('the trees show the rule checks of a party organisation; duty zones list their members', async () => {
  const page = await desktop()
  await login(page, srv.url, 'staff.lingfeng')
  await page.goto(`${srv.url}/console/trees`)
  await page.getByRole('treeitem', { name: /灵峰社区党总支/ }).first().waitFor()
  await page.getByText('灵峰社区党总支', { exact: true }).click()
  await page.locator('[data-rule]').first().waitFor()
  assert.ok((await page.locator('.rules li').count()) >= 1)
  await visitLive(page, 'console-trees')
  await page.goto(`${srv.url}/console/zones`)
  await page.getByText('建安街第一责任区').waitFor()
  const text = await page.locator('.el-table__body').textContent()
  assert.match(text, /\d{3}\*{4}\d{4}/, 'phones are masked')
  await visitLive(page, 'console-zones')
  assertNoProblems(page)
  await page.context().close()
})

test('a person\'s phone is shown in clear only after a reason is given, and the reveal is audited', async () => {
  const page = await desktop()
  await login(page, srv.url, 'staff.lingfeng')
  await page.goto(`${srv.url}/console/people`)
  const cell = page.locator('[data-field="phone"]').first()
  await cell.waitFor()
  const masked = (await cell.textContent()).trim()
  assert.match(masked, /^\d{3}\*{4}\d{4}$/)
  const pid = await cell.getAttribute('data-person')
  await visitLive(page, 'console-people')

  await page.locator('.reveal').nth(1).click() // the first row's phone
  const dialog = page.getByRole('dialog')
  await dialog.waitFor()
  await dialog.getByRole('button', { name: '确认查看' }).click()
  await dialog.locator('.el-form-item__error').waitFor()
  assert.ok((await dialog.locator('.el-form-item__error').textContent()).trim().length > 0)
  assert.equal((await cell.textContent()).trim(), masked, 'still masked without a reason')
  await visitLive(page, 'console-people-reveal')
  await dialog.getByRole('textbox', { name: '查看原因' }).fill('核实诉求人身份')
  await dialog.getByRole('button', { name: '确认查看' }).click()
  await waitUntil(page, (el) => !el.textContent.includes('*'), await cell.elementHandle())
  const clear = (await cell.textContent()).trim()
  assert.match(clear, /^1\d{10}$/)
  assert.equal(clear.slice(0, 3), masked.slice(0, 3))
  assert.equal(clear.slice(-4), masked.slice(-4))

  const admin = await apiAs(srv.url, 'sysadmin')
  const events = await admin('GET', `/api/v1/events?subject_kind=person&subject_id=${pid}&action=person.reveal`)
  assert.equal(events.items.length, 1, JSON.stringify(events).slice(0, 500))
  assert.match(JSON.stringify(events.items[0]), /核实诉求人身份/)
  assert.ok(!JSON.stringify(events.items[0]).includes(clear), 'the record keeps no clear phone')
  assertNoProblems(page)
  await page.context().close()
})

test('the queue refreshes live when a resident raises an appeal', async () => {
  const page = await desktop()
  await login(page, srv.url, 'staff.lingfeng')
  await page.goto(`${srv.url}/console/appeals`)
  await page.locator('.live', { hasText: '实时更新中' }).waitFor()
  const rowsBefore = await page.locator('.el-table__body tr').count()
  // A resident of 灵峰 raises one from their phone (through the API, outside this page).
  const resident = await apiAs(srv.url, 'resident.lingfeng')
  const text = `楼下垃圾桶满了没人清 ${Date.now()}`
  const home = resident.me.roles.find((r) => r.role === 'resident').area.id
  const a = await resident('POST', '/api/v1/appeals', { channel: 'online', category: 'small_matter', description: text, area_id: home })
  // No reload: the stream's event brings it into the list, with a note saying so.
  await page.getByRole('link', { name: `#${a.id}` }).waitFor({ timeout: 15_000 })
  await page.getByText(text).waitFor()
  await page.locator('.live-note', { hasText: /有 \d+ 条新动态/ }).waitFor()
  assert.ok((await page.locator('.el-table__body tr').count()) >= Math.min(rowsBefore + 1, 20))
  assertNoProblems(page)
  await page.context().close()
})
