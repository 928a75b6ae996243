// Disclosures and notices: the community's staff publish a notice in the console (a missing
// title first: the API's message shows beside the field), a resident finds it from their home
// page on the phone, in elder mode too, and once the staff withdraw it with a reason it is gone
// from the resident's list. Every page is checked by axe-core and photographed.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { newPage, visit, login, assertNoProblems, checkA11y, shot, DESKTOP, serveAndBrowse, srv, browser } from './harness.mjs'

serveAndBrowse()

const TITLE = `本周六上午停水检修 ${Date.now()}`
const BODY = '因管网检修，本周六 8:00—12:00 建安街各楼停水，请提前储水。\n—— 灵峰社区居委会'

async function console_() {
  const page = await newPage(browser, { viewport: DESKTOP, mobile: false })
  await login(page, srv.url, 'staff.lingfeng')
  await page.goto(`${srv.url}/console/disclosures`)
  await page.getByRole('heading', { name: '社区事项公开' }).waitFor()
  return page
}

test('staff publish a notice in the console', async () => {
  const page = await console_()
  await page.getByRole('radio', { name: '事务公开' }).waitFor()
  // No title: the API's message beside the title field.
  await page.getByRole('textbox', { name: '内容' }).fill(BODY)
  await page.getByRole('button', { name: '发布', exact: true }).click()
  const err = page.locator('.el-form-item', { hasText: '标题' }).locator('.el-form-item__error')
  await err.waitFor()
  assert.ok((await err.textContent()).trim().length > 0)
  await page.waitForTimeout(300)
  await shot(page, 'console-disclosures-error')
  await checkA11y(page, 'console-disclosures-error')

  await page.getByRole('textbox', { name: '标题' }).fill(TITLE)
  await page.getByRole('button', { name: '发布', exact: true }).click()
  await page.getByRole('status').filter({ hasText: `已发布：${TITLE}` }).waitFor()
  await page.locator('.el-table__row', { hasText: TITLE }).waitFor()
  await page.waitForTimeout(300)
  await shot(page, 'console-disclosures')
  await checkA11y(page, 'console-disclosures')
  assertNoProblems(page)
  await page.context().close()
})

test('a resident reads it from their home page, in elder mode too', async () => {
  const page = await newPage(browser)
  await login(page, srv.url, 'resident.lingfeng')
  await page.waitForURL(/\/me$/)
  await page.getByText('社区公开与通知').click()
  await page.waitForURL(/\/me\/disclosures$/)
  const item = page.locator('article', { hasText: TITLE })
  await item.waitFor()
  assert.match(await item.textContent(), /通知公告/)
  assert.match(await item.textContent(), /停水/)
  await visit(page, 'resident-disclosures')
  // Notices only; then finances (where it is not).
  await page.getByRole('button', { name: '通知公告' }).click()
  await item.waitFor()
  await page.getByRole('button', { name: '财务公开' }).click()
  await item.waitFor({ state: 'detached' })
  // Elder mode: one list, large type, no filters.
  await page.goto(`${srv.url}/me`)
  await page.getByRole('switch', { name: '长辈模式' }).click()
  await page.getByText('社区公开与通知').click()
  await page.locator('article', { hasText: TITLE }).waitFor()
  assert.equal(await page.getByRole('button', { name: '财务公开' }).count(), 0)
  await visit(page, 'resident-disclosures-elder')
  assertNoProblems(page)
  await page.context().close()
})

test('withdrawn with a reason, it leaves the resident\'s list', async () => {
  const page = await console_()
  const row = page.locator('.el-table__row', { hasText: TITLE })
  await row.getByRole('button', { name: '撤回' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('textbox').fill('检修改期，另行通知')
  await dialog.getByRole('button', { name: '撤回' }).click()
  await page.getByRole('status').filter({ hasText: `已撤回：${TITLE}` }).waitFor()
  await row.waitFor({ state: 'detached' })
  await page.locator('.list-head .el-radio-button', { hasText: '已撤回' }).click()
  await page.locator('.el-table__row', { hasText: '检修改期，另行通知' }).waitFor()
  assertNoProblems(page)
  await page.context().close()

  const phone = await newPage(browser)
  await login(phone, srv.url, 'resident.lingfeng')
  await phone.goto(`${srv.url}/me/disclosures`)
  await phone.locator('.van-loading').first().waitFor({ state: 'detached' })
  assert.equal(await phone.locator('article', { hasText: TITLE }).count(), 0)
  await phone.context().close()
})
