// The desk form and the raise form filled by keyboard alone, as someone who cannot use a pointer
// would: Tab moves from control to control, each showing a focus ring; a group of choices is one
// Tab stop, whose arrow keys, Space and Enter choose (Enter without sending the form); Enter on
// the button sends it. In Chinese, then the raise form again in English.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { newPage, visit, login, assertNoProblems, serveAndBrowse, srv, browser } from './harness.mjs'

serveAndBrowse()

/**
 * What has the focus: its tag, type, name, accessible text, whether it is checked, and whether a
 * focus ring shows on it or on the choice or cell that holds it (an outline at least 2 px wide).
 */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement
    if (!el || el === document.body) return null
    const ringed = (e) => {
      const s = getComputedStyle(e)
      return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2
    }
    let ring = false
    for (let e = el, i = 0; e && i < 3; e = e.parentElement, i++) ring ||= ringed(e)
    const label = el.labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? el.textContent ?? ''
    return { tag: el.tagName.toLowerCase(), type: el.type ?? '', name: el.name ?? '', text: label.trim(), checked: !!el.checked, ring }
  })
}

/** Presses Tab until `want(focus)` holds; fails after 30 stops. Every stop passed must show a
 *  focus ring. Answers the stops passed, the last one included. */
async function tabTo(page, want, what) {
  const stops = []
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab')
    const f = await focused(page)
    if (!f) continue
    stops.push(f)
    assert.ok(f.ring, `no visible focus on ${JSON.stringify(f)}`)
    if (want(f)) return stops
  }
  assert.fail(`Tab never reached ${what}; stops: ${JSON.stringify(stops)}`)
}

const radioIn = (name) => (f) => f.type === 'radio' && f.name === name
const checkedIn = (page, name) =>
  page.evaluate((n) => document.querySelector(`input[type=radio][name="${n}"]:checked`)?.labels?.[0]?.textContent.trim() ?? null, name)

test('a grid worker fills the desk form by keyboard alone', async () => {
  const page = await newPage(browser)
  await login(page, srv.url, 'grid.lingfeng')
  await page.waitForURL(/\/queue$/)
  await page.goto(`${srv.url}/desk`)
  await page.getByRole('radio').first().waitFor()

  await tabTo(page, radioIn('category'), 'the categories')
  // Nothing chosen yet: Enter chooses the focused one, and does not send the form.
  await page.keyboard.press('Enter')
  assert.equal(await checkedIn(page, 'category'), '小事急办')
  assert.match(page.url(), /\/desk$/)
  assert.equal(await page.locator('.field-error').count(), 0, 'Enter on a choice sent the form')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  assert.equal(await checkedIn(page, 'category'), '一般诉求')
  await visit(page, 'keyboard-desk-category')

  // The whole group is one stop: the next Tab leaves it for the description.
  const next = await tabTo(page, (f) => f.tag === 'textarea', 'the description')
  assert.equal(next.length, 1, `Tab stayed in the choices: ${JSON.stringify(next)}`)
  await page.keyboard.type('键盘登记：单元门禁坏了')
  await page.keyboard.press('Tab')
  await page.keyboard.type('王阿姨')
  await page.keyboard.press('Tab')
  await page.keyboard.type('13800138000')
  const button = await tabTo(page, (f) => f.tag === 'button' && f.text === '登记', 'the 登记 button')
  assert.ok(button.at(-1).ring)
  await page.keyboard.press('Enter')
  await page.getByText(/已登记，编号 \d+/).waitFor()
  assert.equal(await page.getByLabel('居民姓名').inputValue(), '', 'the form is cleared for the next resident')
  assertNoProblems(page)
  await page.context().close()
})

test('a resident raises an appeal by keyboard alone, in Chinese and in English', async () => {
  const page = await newPage(browser)
  await login(page, srv.url, 'resident.lingfeng')
  await page.waitForURL(/\/me$/)
  for (const [lang, category, send, text] of [
    ['zh-CN', '水电气暖', '提交', `键盘提交：厨房水管漏水 ${Date.now()}`],
    ['en', '复杂诉求', 'Send', `by keyboard: the lift has been broken for a week ${Date.now()}`],
  ]) {
    await page.goto(`${srv.url}/me/new`)
    await page.getByRole('radio').first().waitFor()
    if (lang === 'en') {
      await tabTo(page, (f) => f.text === 'English', 'the language button')
      await page.keyboard.press('Enter')
      await page.getByRole('radio', { name: category }).waitFor()
    }
    await tabTo(page, radioIn('category'), 'the categories')
    await page.keyboard.press('Space')
    const first = await checkedIn(page, 'category')
    assert.ok(first, 'Space chose the focused category')
    for (let i = 0; i < 6 && (await checkedIn(page, 'category')) !== category; i++) await page.keyboard.press('ArrowDown')
    assert.equal(await checkedIn(page, 'category'), category)
    // The place: home is chosen; the arrow keys move to the grid and back.
    await tabTo(page, radioIn('place'), 'the place')
    const home = await checkedIn(page, 'place')
    await page.keyboard.press('ArrowDown')
    assert.notEqual(await checkedIn(page, 'place'), home)
    await page.keyboard.press('ArrowUp')
    assert.equal(await checkedIn(page, 'place'), home)
    await tabTo(page, (f) => f.tag === 'textarea', 'the description')
    await page.keyboard.type(text)
    if (lang === 'zh-CN') await visit(page, 'keyboard-raise')
    await tabTo(page, (f) => f.tag === 'button' && f.text === send, `the ${send} button`)
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/me\/appeals\/\d+$/)
    await page.getByText(text).waitFor()
  }
  await page.getByRole('button', { name: '中文' }).click()
  assertNoProblems(page)
  await page.context().close()
})
