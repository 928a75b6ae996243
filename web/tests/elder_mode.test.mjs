// Elder mode (长辈模式) as an older resident meets it: turned on, it keeps every resident page as
// wide as the phone while moving between them (into an appeal and back, which once shrank every
// page to a 104 px column), and grows headings with the text, in Chinese and in English. The
// built style sheets hold no rule that gives the bare html.elder element anything but its size.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { newPage, visit, login, assertNoProblems, waitUntil, PHONE, serveAndBrowse, srv, browser } from './harness.mjs'
import { apiAs } from './staff-api.mjs'

serveAndBrowse()

/** The widths of html, body and the page's own root, and the widest of them overflowing. */
async function widths(page) {
  return page.evaluate(() => ({
    html: document.documentElement.getBoundingClientRect().width,
    body: document.body.getBoundingClientRect().width,
    page: document.querySelector('.page')?.getBoundingClientRect().width ?? 0,
    scroll: document.documentElement.scrollWidth,
  }))
}

async function assertFullWidth(page, where) {
  const w = await widths(page)
  for (const k of ['html', 'body', 'page']) {
    assert.equal(Math.round(w[k]), PHONE.width, `${where}: ${k} is ${w[k]} px wide, not the phone's ${PHONE.width}: ${JSON.stringify(w)}`)
  }
  assert.ok(w.scroll <= PHONE.width, `${where}: the page scrolls sideways (${w.scroll} px)`)
}

/** Font sizes in px of the body, the page title and the first h2 of the page. */
async function typeSizes(page) {
  return page.evaluate(() => {
    const size = (el) => (el ? parseFloat(getComputedStyle(el).fontSize) : 0)
    return { body: size(document.body), h1: size(document.querySelector('h1')), h2: size(document.querySelector('main h2')) }
  })
}

test('no built style rule gives the bare html.elder element anything but its type size', () => {
  const dir = join(resolve(process.env.LINLI_WEB || 'dist'), 'assets')
  const css = readdirSync(dir)
    .filter((f) => f.endsWith('.css'))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n')
  const rules = [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)]
  const bare = rules.filter(([, sel]) => sel.split(',').some((s) => s.trim() === 'html.elder'))
  assert.ok(bare.length > 0, 'elder mode sets the root type size on html.elder')
  for (const [, sel, body] of bare) {
    const props = body.split(';').map((d) => d.split(':')[0].trim()).filter(Boolean)
    assert.deepEqual(props, ['font-size'], `a rule collapses the page in elder mode: ${sel}{${body}}`)
  }
})

test('elder mode keeps every resident page phone-wide, into an appeal and back, and grows headings', async () => {
  const resident = await apiAs(srv.url, 'resident.lingfeng')
  const home = resident.me.roles.find((r) => r.role === 'resident').area.id
  const text = `长辈模式：楼下路灯不亮 ${Date.now()}`
  const appeal = await resident('POST', '/api/v1/appeals', { channel: 'online', category: 'small_matter', description: text, area_id: home })

  const page = await newPage(browser)
  await login(page, srv.url, 'resident.lingfeng')
  await page.waitForURL(/\/me$/)
  await page.getByRole('heading', { name: '我的诉求' }).waitFor()
  const normal = await typeSizes(page)
  await page.getByRole('switch', { name: '长辈模式' }).click()
  await waitUntil(page, () => document.documentElement.classList.contains('elder'))
  const elder = await typeSizes(page)
  assert.ok(elder.body >= normal.body * 1.25, `body ${normal.body} -> ${elder.body} px`)
  assert.ok(elder.h2 >= normal.h2 * 1.25, `h2 ${normal.h2} -> ${elder.h2} px: headings must grow with the text`)
  assert.ok(elder.h2 >= elder.body, `h2 ${elder.h2} px is smaller than the text's ${elder.body} px`)
  assert.ok(elder.h1 >= elder.body, `the title ${elder.h1} px is smaller than the text's ${elder.body} px`)
  await assertFullWidth(page, '/me')

  // Into the appeal (its photo strip and headings have elder rules of their own) and back.
  await page.getByText(text).click()
  await page.waitForURL(new RegExp(`/me/appeals/${appeal.id}$`))
  await page.getByText(text).waitFor()
  await assertFullWidth(page, `/me/appeals/${appeal.id}`)
  await visit(page, 'elder-appeal')
  await page.goBack()
  await page.waitForURL(/\/me$/)
  await page.getByRole('heading', { name: '我的诉求' }).waitFor()
  await assertFullWidth(page, '/me after the appeal')

  for (const [path, ready] of [
    ['/me/new', () => page.getByRole('radio').first().waitFor()],
    ['/me/disclosures', () => page.getByRole('heading', { level: 1 }).waitFor()],
    [`/me/appeals/${appeal.id}`, () => page.getByText(text).waitFor()],
    ['/me', () => page.getByRole('heading', { name: '我的诉求' }).waitFor()],
  ]) {
    await page.goto(`${srv.url}${path}`)
    await ready()
    await page.waitForTimeout(200)
    await assertFullWidth(page, path)
  }
  await visit(page, 'elder-home')

  // The same in English: the words change, the width and the large type stay.
  await page.getByRole('button', { name: 'English' }).click()
  await page.getByRole('switch', { name: 'Elder mode' }).waitFor()
  await page.getByRole('heading', { name: 'My appeals' }).waitFor()
  await assertFullWidth(page, '/me in English')
  const english = await typeSizes(page)
  assert.ok(english.h2 >= english.body, `English h2 ${english.h2} px under the text's ${english.body} px`)
  await page.getByText(text).click()
  await page.waitForURL(new RegExp(`/me/appeals/${appeal.id}$`))
  await page.getByText(text).waitFor()
  await assertFullWidth(page, 'the appeal in English')
  await visit(page, 'elder-appeal-en')
  await page.goBack()
  await page.getByRole('switch', { name: 'Elder mode' }).click()
  await waitUntil(page, () => !document.documentElement.classList.contains('elder'))
  await page.getByRole('button', { name: '中文' }).click()
  await page.getByRole('switch', { name: '长辈模式' }).waitFor()
  assertNoProblems(page)
  await page.context().close()
})
