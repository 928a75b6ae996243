// Weight and speed of the resident pages (run by hand, not in CI; see ../README.md).
//  1. First-visit transfer: a fresh browser context (empty cache) opens /login, logs in as a
//     resident, opens /me, /me/new and one appeal; the compressed bytes of every response
//     (headers + body, as sent on the wire) are added up.
//  2. Lighthouse performance under its default mobile emulation (simulated slow 4G, 4x CPU
//     slowdown) on /login (cold) and /me (logged in), Debian's Chromium.
// Usage (from web/perf, after `npm ci` here and a build of ../dist and of the server):
//   LINLI_BIN=../../build/linli node measure.mjs
import { writeFileSync } from 'node:fs'
import lighthouse from 'lighthouse'
import * as chromeLauncher from 'chrome-launcher'
import { startServer, launchBrowser, newPage, login } from '../tests/harness.mjs'

process.env.LINLI_BIN ??= new URL('../../build/linli', import.meta.url).pathname
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium'
const srv = await startServer()
const out = { date: new Date().toISOString() }
try {
  // 1. Transfer sizes.
  const browser = await launchBrowser()
  const page = await newPage(browser)
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Network.enable')
  let bytes = 0
  const perStep = {}
  cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength))
  const mark = (name) => {
    perStep[name] = bytes
  }
  await page.goto(`${srv.url}/login`, { waitUntil: 'networkidle' })
  mark('login page (cold)')
  await login(page, srv.url, 'resident.lingfeng')
  await page.waitForLoadState('networkidle')
  mark('+ log in, /me')
  await page.getByRole('button', { name: '我要反映' }).click()
  await page.getByRole('radio').first().waitFor()
  await page.waitForLoadState('networkidle')
  mark('+ /me/new')
  await page.getByRole('radio').first().click()
  await page.getByLabel('具体情况').fill('测量用：楼道灯不亮')
  await page.getByRole('button', { name: '提交' }).click()
  await page.waitForURL(/appeals\/\d+/)
  await page.getByRole('heading', { name: '办理进度' }).waitFor() // (it keeps a live stream open)
  await page.waitForTimeout(1000)
  mark('+ raise, appeal page')
  const cookies = await page.context().cookies()
  await browser.close()
  out.transfer_bytes = perStep

  // 2. Lighthouse, mobile emulation (its default).
  const session = cookies.find((c) => c.name === 'linli_session')
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME,
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run'],
  })
  out.lighthouse = {}
  // Lighthouse varies with the machine's load: each page is measured RUNS times (default 3) and
  // the run with the median performance score is kept.
  const runs = Number(process.env.RUNS || 3)
  try {
    for (const [name, path, headers] of [
      ['/login', '/login', undefined],
      ['/me', '/me', { Cookie: `linli_session=${session.value}` }],
    ]) {
      const all = []
      for (let i = 0; i < runs; i++) {
        const r = await lighthouse(`${srv.url}${path}`, {
          port: chrome.port,
          onlyCategories: ['performance', 'accessibility', 'best-practices'],
          extraHeaders: headers,
          logLevel: 'error',
        })
        all.push(r.lhr)
      }
      all.sort((a, b) => a.categories.performance.score - b.categories.performance.score)
      const lhr = all[Math.floor(all.length / 2)]
      out.lighthouse[name] = {
        scores: all.map((l) => Math.round(l.categories.performance.score * 100)),
        bootup: (lhr.audits['bootup-time'].details?.items ?? []).slice(0, 5).map((x) => [x.url.replace(srv.url, ''), Math.round(x.total)]),
        performance: Math.round(lhr.categories.performance.score * 100),
        accessibility: Math.round(lhr.categories.accessibility.score * 100),
        best_practices: Math.round(lhr.categories['best-practices'].score * 100),
        fcp_ms: Math.round(lhr.audits['first-contentful-paint'].numericValue),
        lcp_ms: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
        tbt_ms: Math.round(lhr.audits['total-blocking-time'].numericValue),
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
        transfer_bytes: lhr.audits['total-byte-weight'].numericValue,
      }
    }
  } finally {
    await chrome.kill()
  }
} finally {
  await srv.stop()
}
writeFileSync(new URL('./last-run.json', import.meta.url), JSON.stringify(out, null, 2) + '\n')
console.log(JSON.stringify(out, null, 2))
