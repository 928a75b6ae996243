// The subdistrict dashboard on a desktop: KPI figures of the area, the communities compared,
// trends, the grid map drawn from the areas' polygons; a figure changes once an appeal is
// resolved, and each figure opens the appeals behind it. axe-core and a screenshot per page.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { newPage, login, assertNoProblems, DESKTOP, waitUntil, chooseOption, serveAndBrowse, srv, browser } from './harness.mjs'
import { apiAs, raiseAtDesk, visitLive } from './staff-api.mjs'

serveAndBrowse()

async function figure(page, key, part) {
  const el = page.locator(`[data-kpi="${key}"] .${part}`)
  await el.waitFor()
  return Number((await el.textContent()).trim())
}

test('the resolved figure rises when an appeal is resolved, and opens the appeals behind it', async () => {
  const staff = await apiAs(srv.url, 'staff.lingfeng')
  const grid = await apiAs(srv.url, 'grid.lingfeng')
  const page = await newPage(browser, { viewport: DESKTOP, mobile: false })
  await login(page, srv.url, 'subdistrict.babu')
  await page.goto(`${srv.url}/console/dashboard`)
  await page.getByRole('heading', { name: /数据看板 · 八步街道/ }).waitFor()
  const before = await figure(page, 'resolved', 'num')
  const receivedBefore = await figure(page, 'received', 'value')
  // The comparison table lists the community; the map draws its four grids.
  await page.locator('.compare').getByRole('link', { name: '灵峰社区' }).waitFor()
  await page.locator('.map canvas').waitFor()
  assert.equal(await page.locator('.map-legend li').count(), 4)
  await visitLive(page, 'dashboard-subdistrict')

  // An appeal raised, dispatched to the grid worker, taken and resolved through the API.
  const a = await raiseAtDesk(staff, '单元门禁坏了，进出不便')
  await staff('POST', `/api/v1/appeals/${a.id}/accept`, {})
  await staff('POST', `/api/v1/appeals/${a.id}/dispatch`, { assignee_kind: 'person', assignee_id: grid.me.person.id })
  await grid('POST', `/api/v1/appeals/${a.id}/take`, {})
  await grid('POST', `/api/v1/appeals/${a.id}/resolve`, { result: '已联系物业修好门禁' })

  await page.reload()
  await page.getByRole('heading', { name: /数据看板 · 八步街道/ }).waitFor()
  await waitUntil(
    page,
    (n) => Number(document.querySelector('[data-kpi="resolved"] .num')?.textContent?.trim()) === n,
    before + 1,
  )
  assert.equal(await figure(page, 'received', 'value'), receivedBefore + 1)
  await visitLive(page, 'dashboard-after-resolve')

  // Drill down: the resolved figure opens the list of exactly those appeals.
  await page.locator('[data-kpi="resolved"] .num').click()
  await page.waitForURL(/\/console\/appeals\?area_id=3&kpi=resolved/)
  await page.getByRole('link', { name: `#${a.id}` }).waitFor()
  await page.getByText(`共 ${before + 1} 条`).waitFor()
  await visitLive(page, 'dashboard-drilldown')
  assertNoProblems(page)
  await page.context().close()
})

test('the district dashboard in English compares by week and drills into a community', async () => {
  const page = await newPage(browser, { viewport: DESKTOP, mobile: false, locale: 'en' })
  await page.addInitScript(() => localStorage.setItem('linli.locale', 'en'))
  await login(page, srv.url, 'district.babu')
  await page.goto(`${srv.url}/console/dashboard`)
  await page.getByRole('heading', { name: /Dashboard · 八步区/ }).waitFor()
  await page.getByRole('radio', { name: 'week' }).check({ force: true })
  await page.locator('.chart canvas').waitFor()
  await page.locator('.compare').getByRole('link', { name: '八步街道' }).click()
  await page.getByRole('heading', { name: /Dashboard · 八步街道/ }).waitFor()
  await visitLive(page, 'dashboard-district-en')
  assertNoProblems(page)
  await page.context().close()
})

test('the grid map colours by the figure chosen, and each grid links to the appeals behind it', async () => {
  const page = await newPage(browser, { viewport: DESKTOP, mobile: false })
  await login(page, srv.url, 'staff.lingfeng')
  await page.goto(`${srv.url}/console/dashboard`)
  await page.locator('.map canvas').waitFor()
  const legend = page.locator('.map-legend li a')
  await legend.first().waitFor()
  assert.match(await legend.first().textContent(), /: \d+$/)
  assert.match(await legend.first().getAttribute('href'), /kpi=received/)
  await chooseOption(page, '.metric', '颜色：解决率')
  await page.waitForURL(/metric=resolved/)
  // A rate in percent, or a dash for a grid with nothing to resolve yet; the link opens the
  // numerator's appeals.
  await waitUntil(page, () => /: (\d+(\.\d)?%|—)$/.test(document.querySelector('.map-legend li a')?.textContent ?? ''))
  assert.match(await legend.first().getAttribute('href'), /kpi=resolved/)
  await page.reload()
  await page.locator('.map canvas').waitFor()
  await page.locator('.metric', { hasText: '颜色：解决率' }).waitFor()
  await visitLive(page, 'dashboard-map-resolution')
  assertNoProblems(page)
  await page.context().close()
})
