// Browser-test harness: starts the real linli binary (demo data, fresh data directory, port 0)
// serving the built web app, and Debian's Chromium through playwright-core (never a downloaded
// browser). Run by node's test runner; CMake registers each *.test.mjs as a ctest entry with
// LINLI_BIN (the binary), LINLI_WEB (web/dist) and LINLI_SHOTS (where screenshots go).
import { spawn } from 'node:child_process'
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import assert from 'node:assert/strict'
import { after, before } from 'node:test'
import { chromium } from 'playwright-core'

const here = dirname(fileURLToPath(import.meta.url))
export const DEMO_PASSWORD = 'linli-demo'
export const PHONE = { width: 390, height: 844 } // a common phone's CSS viewport
export const DESKTOP = { width: 1280, height: 800 }

const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium'
const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
]

export function shotsDir() {
  const d = process.env.LINLI_SHOTS || join(here, '..', 'test-output')
  mkdirSync(d, { recursive: true })
  return d
}

/** Starts `linli --demo serve --port 0 --web DIST`; resolves with { url, stop }. */
export async function startServer() {
  const bin = process.env.LINLI_BIN
  assert.ok(bin, 'LINLI_BIN must name the linli binary')
  const web = resolve(process.env.LINLI_WEB || join(here, '..', 'dist'))
  const data = mkdtempSync(join(tmpdir(), 'linli-web-'))
  const proc = spawn(bin, ['--data', data, '--demo', '--port', '0', '--bind', '127.0.0.1', '--web', web, 'serve'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  proc.stderr.on('data', (b) => (log += b.toString()))
  const url = await new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`linli did not listen in 120 s:\n${log}`)), 120_000)
    let out = ''
    proc.stdout.on('data', (b) => {
      out += b.toString()
      const m = out.match(/linli listening on (http:\/\/[^\s]+)/)
      if (m) {
        clearTimeout(timer)
        ok(m[1])
      }
    })
    proc.on('exit', (code) => {
      clearTimeout(timer)
      fail(new Error(`linli exited with ${code} before listening:\n${log}`))
    })
  })
  assert.match(log, /web app: \d+ files/, `the server did not load the web app from ${web}:\n${log}`)
  return {
    url,
    log: () => log,
    async stop() {
      if (proc.exitCode === null) {
        const gone = new Promise((r) => proc.on('exit', r))
        proc.kill('SIGTERM')
        await gone
      }
      if (!process.env.LINLI_KEEP_DATA) rmSync(data, { recursive: true, force: true })
    },
  }
}

/** The server and the browser of the test file that called serveAndBrowse(), live bindings
 *  set before its first test (node's test runner runs each file in a process of its own). */
export let srv
export let browser

/** Starts the server and the browser before the file's tests, then runs `setup` (the scene
 *  the tests share), and stops both after them. */
export function serveAndBrowse(setup = async () => {}) {
  before(async () => {
    srv = await startServer()
    browser = await launchBrowser()
    await setup()
  })
  after(async () => {
    await browser?.close()
    await srv?.stop()
  })
}

export async function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS, headless: true })
}

/**
 * A new page with a phone viewport (or `viewport`), which records console errors, failed
 * requests to the server and Content-Security-Policy violations, so tests can assert none.
 */
export async function newPage(browser, { viewport = PHONE, mobile = true, locale = 'zh-CN' } = {}) {
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor: 1,
    isMobile: mobile,
    hasTouch: mobile,
    locale,
  })
  const page = await context.newPage()
  page.problems = []
  page.on('pageerror', (e) => page.problems.push(`page error: ${e.message}`))
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of (400|401|404|409|413|415|422)/.test(m.text()))
      page.problems.push(`console: ${m.text()}`)
  })
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)
    })
  })
  return page
}

const axeSource = readFileSync(join(here, '..', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8')

/** Runs axe-core on the page; fails on any serious or critical violation. */
export async function checkA11y(page, name) {
  await page.evaluate(axeSource)
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] })
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }))
  })
  const bad = result.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  assert.deepEqual(bad, [], `${name}: axe found serious or critical violations:\n${JSON.stringify(bad, null, 2)}`)
  return result
}

/** Saves a full-page screenshot as LINLI_SHOTS/<name>.png. */
export async function shot(page, name) {
  await page.screenshot({ path: join(shotsDir(), `${name}.png`), fullPage: true })
}

/** Checks the page (axe) and saves its screenshot. */
export async function visit(page, name) {
  // Not 'networkidle': pages that follow live events keep a stream open.
  await page.waitForLoadState('load')
  await page.locator('.van-loading').first().waitFor({ state: 'detached', timeout: 15_000 })
  await page.waitForTimeout(300)
  await shot(page, name)
  await checkA11y(page, name)
}

export async function login(page, base, loginName) {
  await page.goto(`${base}/login`)
  await page.getByLabel(/账号|Login/).fill(loginName)
  await page.getByLabel(/密码|Password/).fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: /^(登录|Log in)$/ }).click()
  await page.waitForURL((u) => !u.pathname.startsWith('/login'))
}

export function assertNoProblems(page) {
  assert.deepEqual(page.problems, [], 'the page logged errors or CSP violations')
}

/** Waits until `fn(arg)`, run in the page, returns a truthy value. Polls with evaluate: the strict
 *  CSP forbids the eval that page.waitForFunction's polling falls back to. */
export async function waitUntil(page, fn, arg, { timeout = 15_000 } = {}) {
  const end = Date.now() + timeout
  for (;;) {
    if (await page.evaluate(fn, arg)) return
    if (Date.now() > end) throw new Error(`waitUntil: not true after ${timeout} ms: ${fn}`)
    await page.waitForTimeout(100)
  }
}

/** Chooses `option` in the Element Plus select `select` (a CSS selector): opens its list, clicks
 *  the option and waits until the select shows it. On a loaded machine the page may still move
 *  (figures arriving) while the list opens, and the click land beside the option; the choice is
 *  then made again (three tries), opening the list only when it has closed. */
export async function chooseOption(page, select, option) {
  const item = page.getByRole('option', { name: option })
  for (let attempt = 1; ; attempt++) {
    if (!(await item.isVisible())) await page.locator(select).click()
    await item.click()
    try {
      await page.locator(select, { hasText: option }).waitFor({ timeout: 5_000 })
      return
    } catch (e) {
      if (attempt === 3) throw e
    }
  }
}
