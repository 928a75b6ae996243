// The served app: headers of the static files (cache, encoding, CSP), the SPA fallback, the
// login page on a phone, and the console landing on a desktop, each checked by axe-core with a
// screenshot kept.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { newPage, visit, login, assertNoProblems, DESKTOP, serveAndBrowse, srv, browser } from './harness.mjs'

serveAndBrowse()

test('index.html is not cached and carries a strict CSP; hashed assets are immutable and compressed', async () => {
  const res = await fetch(`${srv.url}/`, { headers: { accept: 'text/html', 'accept-encoding': 'br' } })
  assert.equal(res.status, 200)
  assert.equal(res.headers.get('cache-control'), 'no-cache')
  const csp = res.headers.get('content-security-policy') ?? ''
  for (const d of ["default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'"])
    assert.ok(csp.includes(d), `CSP lacks ${d}: ${csp}`)
  assert.ok(!csp.includes('unsafe-eval'))
  const html = await res.text()
  const asset = html.match(/src="(\/assets\/[^"]+\.js)"/)?.[1]
  assert.ok(asset, 'index.html names its entry script')
  const raw = await fetch(`${srv.url}${asset}`, { headers: { 'accept-encoding': 'br' } })
  assert.equal(raw.status, 200)
  assert.equal(raw.headers.get('cache-control'), 'public, max-age=31536000, immutable')
  assert.equal(raw.headers.get('content-encoding'), 'br')
  assert.equal(raw.headers.get('vary'), 'Accept-Encoding')
  const gz = await fetch(`${srv.url}${asset}`, { headers: { 'accept-encoding': 'gzip' } })
  assert.equal(gz.headers.get('content-encoding'), 'gzip')
})

test('unknown pages get the app; unknown API paths keep their problem+json 404', async () => {
  const page = await fetch(`${srv.url}/me/appeals/123`, { headers: { accept: 'text/html' } })
  assert.equal(page.status, 200)
  assert.match(await page.text(), /<div id="app">/)
  const api = await fetch(`${srv.url}/api/v1/no-such-thing`, { headers: { accept: 'text/html' } })
  assert.equal(api.status, 404)
  assert.equal(api.headers.get('content-type'), 'application/problem+json')
  const asset = await fetch(`${srv.url}/assets/missing-0000.js`, { headers: { accept: 'text/html' } })
  assert.equal(asset.status, 404)
})

test('login page on a phone, in Chinese by default; a wrong password is shown on the form', async () => {
  const page = await newPage(browser)
  await page.goto(`${srv.url}/`)
  await page.waitForURL(/\/login/)
  assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN')
  await visit(page, 'login-phone')
  await page.getByLabel('账号').fill('resident.lingfeng')
  await page.getByLabel('密码').fill('wrong-password')
  await page.getByRole('button', { name: '登录' }).click()
  await page.getByRole('alert').waitFor()
  assert.ok((await page.getByRole('alert').textContent()).trim().length > 0)
  await visit(page, 'login-phone-error')
  assertNoProblems(page)
  await page.context().close()
})

test('staff land on the console (Element Plus, loaded lazily)', async () => {
  const page = await newPage(browser, { viewport: DESKTOP, mobile: false })
  const scripts = []
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()))
  await page.goto(`${srv.url}/login`)
  await page.waitForLoadState('networkidle')
  const beforeLogin = scripts.length
  assert.ok(!scripts.some((u) => /Console/.test(u)), 'the login page must not load console chunks')
  await login(page, srv.url, 'staff.lingfeng')
  await page.waitForURL(/\/console/)
  await page.getByRole('heading', { level: 1 }).waitFor()
  assert.ok(scripts.length > beforeLogin)
  await visit(page, 'console-home')
  assertNoProblems(page)
  await page.context().close()
})
