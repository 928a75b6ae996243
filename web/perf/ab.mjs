// A/B of Lighthouse performance on one page for two builds of web/dist, measured in turns
// (A, B, A, B, ...) so that both meet the same load on a shared machine (run by hand, not in CI;
// see ../README.md). Usage, from web/perf after `npm ci` here and a build of the server:
//   LINLI_BIN=../../build/linli A=/path/to/dist-a B=../dist RUNS=6 PAGE=/login node ab.mjs
import lighthouse from 'lighthouse'
import * as chromeLauncher from 'chrome-launcher'
import { startServer } from '../tests/harness.mjs'

process.env.LINLI_BIN ??= new URL('../../build/linli', import.meta.url).pathname
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium'
const runs = Number(process.env.RUNS || 6)
const path = process.env.PAGE || '/login'
const servers = {}
for (const name of ['A', 'B']) {
  process.env.LINLI_WEB = process.env[name]
  servers[name] = await startServer()
}
const results = { A: [], B: [] }
const chrome = await chromeLauncher.launch({
  chromePath: CHROME,
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--no-first-run'],
})
try {
  for (let i = 0; i < runs; i++) {
    for (const name of i % 2 ? ['B', 'A'] : ['A', 'B']) {
      const r = await lighthouse(`${servers[name].url}${path}`, {
        port: chrome.port,
        onlyCategories: ['performance'],
        logLevel: 'error',
      })
      const a = r.lhr.audits
      results[name].push({
        score: Math.round(r.lhr.categories.performance.score * 100),
        fcp: Math.round(a['first-contentful-paint'].numericValue),
        lcp: Math.round(a['largest-contentful-paint'].numericValue),
        tbt: Math.round(a['total-blocking-time'].numericValue),
      })
    }
  }
} finally {
  await chrome.kill()
  for (const s of Object.values(servers)) await s.stop()
}
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]
for (const [name, rs] of Object.entries(results)) {
  const col = (k) => rs.map((r) => r[k])
  console.log(
    `${name} ${process.env[name]} ${path}: score median ${median(col('score'))} (${col('score').join(' ')}),` +
      ` FCP ${median(col('fcp'))} ms, LCP ${median(col('lcp'))} ms, TBT ${median(col('tbt'))} ms`,
  )
}
