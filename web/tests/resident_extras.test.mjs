// Resident pages beyond the main flow: elder mode (长辈模式) persisted across reloads; an expired
// session returns to login and back with what was typed; an appeal raised offline is kept on
// the phone and sent when the network is back; English as the second language.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { startServer, launchBrowser, newPage, visit, login, assertNoProblems, DEMO_PASSWORD, waitUntil } from './harness.mjs'

let srv
let browser
before(async () => {
  srv = await startServer()
  browser = await launchBrowser()
})
after(async () => {
  await browser?.close()
  await srv?.stop()
})

test('elder mode: large type, fewer choices, the hotline one tap away, kept after a reload', async () => {
  const page = await newPage(browser)
  await login(page, srv.url, 'resident.lingfeng')
  await page.waitForURL(/\/me$/)
  const normal = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))
  await page.getByRole('switch', { name: '长辈模式' }).click()
  await waitUntil(page, () => document.documentElement.classList.contains('elder'))
  const large = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))
  assert.ok(large >= normal * 1.25, `elder type ${large}px vs ${normal}px`)
  await page.reload()
  await waitUntil(page, () => document.documentElement.classList.contains('elder'))
  const hotline = page.locator('a[href^="tel:"]').first()
  assert.match(await hotline.getAttribute('href'), /^tel:\d+/)
  await visit(page, 'resident-home-elder')
  await page.getByRole('button', { name: '我要反映' }).click()
  await page.getByRole('radio').first().waitFor()
  assert.equal(await page.getByRole('switch', { name: '很紧急' }).count(), 0, 'no urgency choice')
  assert.equal(await page.getByText('我所在网格').count(), 0, 'no place choice')
  await visit(page, 'resident-raise-elder')
  await page.getByRole('radio', { name: '一般诉求' }).click()
  await page.getByLabel('具体情况').fill('长辈模式下提交：小区门口路灯坏了')
  await page.getByRole('button', { name: '提交' }).click()
  await page.waitForURL(/\/me\/appeals\/\d+/)
  await page.getByText('长辈模式下提交：小区门口路灯坏了').waitFor()
  await page.goto(`${srv.url}/me`)
  await page.getByRole('switch', { name: '长辈模式' }).click()
  await waitUntil(page, () => !document.documentElement.classList.contains('elder'))
  assertNoProblems(page)
  await page.context().close()
})

test('an expired session goes to login and comes back with what was typed', async () => {
  const page = await newPage(browser)
  await login(page, srv.url, 'resident.lingfeng')
  await page.goto(`${srv.url}/me/new`)
  await page.getByRole('radio', { name: '小事急办' }).click()
  await page.getByLabel('具体情况').fill('会话过期前写的内容')
  await page.context().clearCookies() // the session ends
  await page.getByRole('button', { name: '提交' }).click()
  await page.waitForURL(/\/login\?/)
  await page.getByText('登录已过期').waitFor()
  await visit(page, 'login-expired')
  await page.getByLabel('账号').fill('resident.lingfeng')
  await page.getByLabel('密码').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: '登录' }).click()
  await page.waitForURL(/\/me\/new/)
  assert.equal(await page.getByLabel('具体情况').inputValue(), '会话过期前写的内容')
  assert.equal(await page.getByRole('radio', { name: '小事急办' }).getAttribute('aria-checked'), 'true')
  assertNoProblems(page)
  await page.context().close()
})

test('an appeal raised offline is kept and sent when the network is back', async () => {
  const page = await newPage(browser)
  await login(page, srv.url, 'resident.lingfeng')
  await page.goto(`${srv.url}/me/new`)
  await page.getByRole('radio').first().waitFor()
  await page.context().setOffline(true)
  await page.getByText('网络已断开').waitFor()
  await page.getByRole('radio', { name: '水电气暖' }).click()
  const text = `断网时写的：水管漏水 ${Date.now()}`
  await page.getByLabel('具体情况').fill(text)
  await page.getByRole('button', { name: '提交' }).click()
  await page.waitForURL(/\/me$/)
  await page.getByText(/待发送 1 条/).waitFor()
  assert.equal(JSON.parse(await page.evaluate(() => localStorage.getItem('linli.drafts'))).length, 1)
  await visit(page, 'resident-home-offline-draft')
  await page.context().setOffline(false)
  await page.getByText(/待发送/).waitFor({ state: 'detached' })
  assert.equal(JSON.parse(await page.evaluate(() => localStorage.getItem('linli.drafts'))).length, 0)
  const list = await page.evaluate(async () => (await fetch('/api/v1/appeals?per_page=50')).json())
  assert.ok(list.items.some((a) => a.description === text), 'the kept appeal reached the server')
  await page.context().close()
})

test('English is the second language, chosen on the page and kept', async () => {
  const page = await newPage(browser)
  await page.goto(`${srv.url}/login`)
  await page.getByRole('button', { name: 'English' }).click()
  await page.getByRole('button', { name: 'Log in' }).waitFor()
  assert.equal(await page.locator('html').getAttribute('lang'), 'en')
  await login(page, srv.url, 'resident.lingfeng')
  await page.getByRole('button', { name: 'Report a problem' }).waitFor()
  await visit(page, 'resident-home-en')
  assertNoProblems(page)
  await page.context().close()
})
