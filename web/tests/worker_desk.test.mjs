// Field work beyond the grid worker's own queue: desk intake for a resident in four fields (a bad
// mobile number first: the API's message beside the field), and a party member working an
// appeal the community dispatched to them (take, arrive, resolve) on a phone.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { newPage, visit, login, assertNoProblems, DEMO_PASSWORD, serveAndBrowse, srv, browser } from './harness.mjs'

serveAndBrowse()

async function api(method, path, token, body) {
  const res = await fetch(`${srv.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  return { status: res.status, body: text ? JSON.parse(text) : null }
}

async function token(loginName) {
  const r = await fetch(`${srv.url}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: loginName, password: DEMO_PASSWORD }),
  })
  assert.equal(r.status, 201)
  return (await r.json()).token
}

test('a grid worker records an appeal for a resident at the desk in four fields', async () => {
  const page = await newPage(browser)
  await login(page, srv.url, 'grid.lingfeng')
  await page.waitForURL(/\/queue$/)
  await page.getByText('代居民登记').click()
  await page.waitForURL(/\/desk/)
  await page.getByRole('radio').first().waitFor()
  const fields = await page.locator('input:not([type=hidden]):not([type=radio]), textarea').count()
  const groups = await page.getByRole('radiogroup').count()
  assert.ok(fields + groups <= 4, `at most four fields, found ${fields} inputs and ${groups} choices`)
  await visit(page, 'worker-desk')

  await page.getByRole('radio', { name: '一般诉求' }).click()
  await page.getByLabel('具体情况').fill('窗口登记：小区健身器材松动')
  await page.getByLabel('居民姓名').fill('李大爷')
  await page.getByLabel('手机号').fill('12345')
  await page.getByRole('button', { name: '登记' }).click()
  const phoneError = page.locator('.van-field__error-message')
  await phoneError.waitFor()
  assert.match(await phoneError.textContent(), /11|mobile|手机/)
  await visit(page, 'worker-desk-error')

  await page.getByLabel('手机号').fill('13800138000')
  await page.getByRole('button', { name: '登记' }).click()
  await page.getByText(/已登记，编号 \d+/).waitFor()
  assert.equal(await page.getByLabel('居民姓名').inputValue(), '', 'the form is cleared for the next resident')
  await page.goto(`${srv.url}/queue`)
  await page.getByRole('tab', { name: /网格待办/ }).click()
  await page.getByText('窗口登记：小区健身器材松动').waitFor()
  assertNoProblems(page)
  await page.context().close()
})

test('a party member takes, arrives at and resolves an appeal dispatched to them', async () => {
  const staff = await token('staff.lingfeng')
  const member = await token('member.lingfeng')
  const me = (await api('GET', '/api/v1/session', member)).body.account
  const resident = await token('resident.lingfeng')
  const home = (await api('GET', '/api/v1/session', resident)).body.account.roles.find((r) => r.role === 'resident').area
  const raised = await api('POST', '/api/v1/appeals', resident, {
    channel: 'online', category: 'small_matter', description: '楼下垃圾桶满了', area_id: home.id,
  })
  assert.equal(raised.status, 201)
  const id = raised.body.id
  assert.equal((await api('POST', `/api/v1/appeals/${id}/accept`, staff, {})).status, 200)
  const sent = await api('POST', `/api/v1/appeals/${id}/dispatch`, staff, { assignee_id: me.person.id })
  assert.equal(sent.status, 200, JSON.stringify(sent.body))

  const page = await newPage(browser)
  await login(page, srv.url, 'member.lingfeng')
  // A member lands on the member pages, which lead to the appeals dispatched to them.
  await page.waitForURL(/\/member$/)
  await page.getByRole('link', { name: '派给我的诉求' }).click()
  await page.waitForURL(/\/queue$/)
  assert.equal(await page.getByRole('tab', { name: /网格待办/ }).count(), 0, 'a member has no grid queue')
  const card = page.locator(`[data-appeal="${id}"]`)
  await card.getByRole('timer').waitFor()
  await visit(page, 'member-queue')
  await card.getByLabel('备注（可不填）').fill('马上到')
  await card.getByRole('button', { name: '接单' }).click()
  await card.getByRole('button', { name: '到场' }).click()
  await card.locator('.van-tag', { hasText: '已到场' }).waitFor()
  await card.getByLabel('办理结果').fill('已清运')
  await card.getByRole('button', { name: '办结' }).click()
  await card.waitFor({ state: 'detached' })
  const after = await api('GET', `/api/v1/appeals/${id}`, staff)
  assert.equal(after.body.state, 'resolved')
  assert.deepEqual(after.body.timeline.map((s) => s.step), ['raise', 'accept', 'dispatch', 'take', 'arrive', 'resolve'])
  assert.equal(after.body.timeline.find((s) => s.step === 'take').note, '马上到')
  assertNoProblems(page)
  await page.context().close()
})
