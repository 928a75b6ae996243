// The hall screen (大厅大屏): no login, full screen, figures pushed over Server-Sent Events
// (GET /api/v1/stream/hall); an appeal raised at the desk shows on it without a reload.
// axe-core and a screenshot at a 1080p screen's size.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { newPage, assertNoProblems, waitUntil, serveAndBrowse, srv, browser } from './harness.mjs'
import { apiAs, raiseAtDesk, visitLive } from './staff-api.mjs'

const SCREEN = { width: 1920, height: 1080 }

serveAndBrowse()

async function value(page, key) {
  const el = page.locator(`[data-figure="${key}"] .value`)
  await el.waitFor()
  return Number((await el.textContent()).trim())
}

test('the hall screen of a community updates live when an appeal is raised, without login', async () => {
  const page = await newPage(browser, { viewport: SCREEN, mobile: false })
  await page.goto(`${srv.url}/screen/hall/4`)
  assert.ok(!page.url().includes('/login'), 'the hall screen needs no login')
  await page.getByRole('heading', { name: '灵峰社区 便民服务大厅' }).waitFor()
  const received = await value(page, 'received')
  const inProgress = await value(page, 'in_progress')
  // Readable from five metres: figures at least a tenth of the screen's height.
  const size = await page.locator('[data-figure="received"] .value').evaluate((e) => parseFloat(getComputedStyle(e).fontSize))
  assert.ok(size >= 100, `figure font ${size}px`)
  await visitLive(page, 'hall-screen')

  const staff = await apiAs(srv.url, 'staff.lingfeng')
  await raiseAtDesk(staff, '小区门口积水，行人难走')
  await waitUntil(
    page,
    (n) => Number(document.querySelector('[data-figure="received"] .value')?.textContent?.trim()) === n,
    received + 1,
    { timeout: 15_000 },
  )
  assert.equal(await value(page, 'in_progress'), inProgress + 1)
  await visitLive(page, 'hall-screen-updated')
  assertNoProblems(page)
  await page.context().close()
})

test('a subdistrict hall screen in English; an area that is not shown says it is waiting', async () => {
  const page = await newPage(browser, { viewport: SCREEN, mobile: false, locale: 'en' })
  await page.addInitScript(() => localStorage.setItem('linli.locale', 'en'))
  await page.goto(`${srv.url}/screen/hall/3`)
  await page.getByRole('heading', { name: '八步街道 service hall' }).waitFor()
  await value(page, 'satisfaction').catch(() => null)
  await visitLive(page, 'hall-screen-subdistrict-en')
  assertNoProblems(page)
  await page.goto(`${srv.url}/screen/hall/5`) // a grid: not a hall
  await page.getByRole('status').filter({ hasText: /reconnecting|Connecting/ }).first().waitFor()
  await page.context().close()
})
