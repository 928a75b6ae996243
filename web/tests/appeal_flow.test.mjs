// The appeal's whole life in the browser, on phone-sized viewports: a resident raises an appeal
// (a bad one first: the API's problem shows beside the field), a grid worker takes it from the
// grid, arrives and resolves it (resolving without a result shows the API's message beside the
// field), and the resident rates it. The resident attaches a photo (a file that is no image is
// refused beside the field and left out) and the worker resolves with one: both show on the
// resident's timeline and in the console. Every page is checked by axe-core and photographed.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { newPage, visit, login, assertNoProblems, DESKTOP, serveAndBrowse, srv, browser } from './harness.mjs'
import { png } from './images.mjs'

serveAndBrowse()

const TEXT = `楼道灯不亮了，晚上看不见台阶 ${Date.now()}`
let appealId

/** Waits until every image matching `selector` has loaded (polling with evaluate: the strict CSP
 *  forbids the eval that waitForFunction's polling uses). */
async function imagesLoaded(page, selector) {
  for (let i = 0; i < 150; i++) {
    const ok = await page.evaluate((s) => {
      const imgs = [...document.querySelectorAll(s)]
      return imgs.length > 0 && imgs.every((img) => img.complete && img.naturalWidth > 0)
    }, selector)
    if (ok) return
    await page.waitForTimeout(100)
  }
  assert.fail(`images ${selector} did not load`)
}

test('a resident raises an appeal on a phone', async () => {
  const page = await newPage(browser)
  await login(page, srv.url, 'resident.lingfeng')
  await page.waitForURL(/\/me$/)
  await page.getByRole('heading', { name: '我的诉求' }).waitFor()
  await visit(page, 'resident-home')

  await page.getByRole('button', { name: '我要反映' }).click()
  await page.waitForURL(/\/me\/new/)
  await page.getByRole('radio').first().waitFor()
  await visit(page, 'resident-raise')

  // Bad input: no category and no text. The API's problems appear beside the fields.
  await page.getByRole('button', { name: '提交' }).click()
  const categoryError = page.locator('.field-error').first()
  await categoryError.waitFor()
  assert.match(await categoryError.textContent(), /请选择一项/)
  const descError = page.locator('.van-field__error-message').first()
  await descError.waitFor()
  assert.ok((await descError.textContent()).trim().length > 0)
  await visit(page, 'resident-raise-errors')

  await page.getByRole('radio', { name: '小事急办' }).click()
  // A corrected field loses its error at once; the others keep theirs until corrected.
  await categoryError.waitFor({ state: 'detached' })
  assert.ok((await descError.textContent()).trim().length > 0)
  await page.getByLabel('具体情况').fill(TEXT)

  // A phone-sized photo (2400×1800, 2.5 MB as PNG) and a file that only claims to be one.
  const photo = png(2400, 1800)
  await page.locator('#raise-photos').setInputFiles([
    { name: 'stairs.png', mimeType: 'image/png', buffer: photo },
    { name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('not an image at all') },
  ])
  const thumbs = page.locator('.photo-field li[data-photo-state]')
  await page.locator('.photo-field li[data-photo-state="uploaded"]').waitFor()
  await page.locator('.photo-field li[data-photo-state="refused"]').waitFor()
  assert.match(await page.locator('.photo-field li[data-photo-state="refused"] .field-error').textContent(), /JPEG、PNG 或 WebP/)
  await visit(page, 'resident-raise-photos')
  await page.getByRole('button', { name: '删除第 2 张照片' }).click()
  assert.equal(await thumbs.count(), 1)

  await page.getByRole('button', { name: '提交' }).click()
  await page.waitForURL(/\/me\/appeals\/\d+/)
  appealId = Number(page.url().match(/appeals\/(\d+)/)[1])
  // The photo went up shrunk to a JPEG and is attached at intake.
  const view = await (await page.request.get(`${srv.url}/api/v1/appeals/${appealId}`)).json()
  assert.equal(view.photos.length, 1)
  assert.equal(view.photos[0].step, 'raise')
  assert.equal(view.photos[0].content_type, 'image/jpeg')
  assert.ok(view.photos[0].bytes < photo.length / 2, `shrunk: ${view.photos[0].bytes} bytes`)
  const shown = page.locator('.timeline .photo-strip img')
  await shown.first().waitFor()
  await imagesLoaded(page, '.photo-strip img')
  await page.getByText(TEXT).waitFor()
  await page.getByText('提交诉求').waitFor()
  await page.getByRole('heading', { name: '办理进度' }).waitFor()
  await visit(page, 'resident-appeal-received')
  assertNoProblems(page)
  await page.context().close()
})

test('a grid worker takes, arrives and resolves it, each in one tap, with the clock counting down', async () => {
  assert.ok(appealId, 'the resident raised an appeal')
  // The resident keeps the appeal open meanwhile: each step shows there without a reload.
  const watcher = await newPage(browser)
  await login(watcher, srv.url, 'resident.lingfeng')
  await watcher.goto(`${srv.url}/me/appeals/${appealId}`)
  await watcher.locator('.van-tag', { hasText: '已提交' }).waitFor()
  const page = await newPage(browser)
  await login(page, srv.url, 'grid.lingfeng')
  await page.waitForURL(/\/queue$/)
  await page.getByRole('tab', { name: /网格待办/ }).click()
  const card = page.locator(`[data-appeal="${appealId}"]`)
  await card.waitFor()
  const timer = card.getByRole('timer')
  const first = await timer.textContent()
  assert.match(first, /受理还剩/)
  await page.waitForTimeout(1500)
  assert.notEqual(await timer.textContent(), first, 'the clock counts down')
  await visit(page, 'worker-grid-queue')

  await card.getByRole('button', { name: '接单' }).click()
  await page.getByRole('tab', { name: /我的/, selected: true }).waitFor()
  const mine = page.locator(`[data-appeal="${appealId}"]`)
  await mine.getByRole('button', { name: '到场' }).waitFor()
  await visit(page, 'worker-my-queue')
  await mine.getByRole('button', { name: '到场' }).click()
  await mine.locator('.van-tag', { hasText: '已到场' }).waitFor()
  await watcher.locator('.van-tag', { hasText: '已到场' }).waitFor({ timeout: 10_000 })
  await watcher.locator('.timeline .step', { hasText: '到达现场' }).waitFor()
  await watcher.context().close()

  // Resolving without saying what was done: the API's message beside the field.
  await mine.getByRole('button', { name: '办结' }).click()
  const err = mine.locator('.van-field__error-message')
  await err.waitFor()
  assert.ok((await err.textContent()).includes('result') || (await err.textContent()).length > 0)
  await visit(page, 'worker-resolve-error')

  await mine.getByLabel('办理结果').fill('已更换楼道灯泡')
  await mine.locator(`#work-photos-${appealId}`).setInputFiles({
    name: 'fixed.png',
    mimeType: 'image/png',
    buffer: png(1200, 900, 7),
  })
  await mine.locator('.photo-field li[data-photo-state="uploaded"]').waitFor()
  await visit(page, 'worker-resolve-photo')
  await mine.getByRole('button', { name: '办结' }).click()
  await page.locator(`[data-appeal="${appealId}"]`).waitFor({ state: 'detached' })
  assertNoProblems(page)
  await page.context().close()
})

test('the resident sees the timeline and rates the appeal', async () => {
  const page = await newPage(browser)
  await login(page, srv.url, 'resident.lingfeng')
  await page.goto(`${srv.url}/me/appeals/${appealId}`)
  await page.getByRole('heading', { name: '请您评价' }).waitFor()
  for (const step of ['提交诉求', '社区受理', '派单', '接单', '到达现场', '办结']) {
    await page.locator('.timeline .step', { hasText: step }).first().waitFor()
  }
  await page.getByText('已更换楼道灯泡').waitFor()
  // The intake photo with the raise, the worker's with the resolve.
  await page.locator('.timeline li', { hasText: '提交诉求' }).locator('.photo-strip img').waitFor()
  await page.locator('.timeline li', { hasText: '办结' }).locator('.photo-strip img').waitFor()
  assert.equal(await page.locator('.timeline .photo-strip img').count(), 2)
  await visit(page, 'resident-appeal-resolved')
  await page.getByRole('button', { name: '满意', exact: true }).click()
  await page.getByText('您的评价：满意').waitFor()
  await page.locator('.timeline .step', { hasText: '居民评价' }).waitFor()
  await visit(page, 'resident-appeal-rated')
  assertNoProblems(page)
  await page.context().close()
})

test('the console shows the appeal with both photos', async () => {
  const page = await newPage(browser, { viewport: DESKTOP, mobile: false })
  await login(page, srv.url, 'staff.lingfeng')
  await page.goto(`${srv.url}/console/appeals/${appealId}`)
  await page.getByText(TEXT).first().waitFor()
  const imgs = page.locator('.photo-strip img')
  await imgs.nth(1).waitFor()
  assert.equal(await imgs.count(), 2)
  await imagesLoaded(page, '.photo-strip img')
  assertNoProblems(page)
  await page.context().close()
})
