// API calls the console's browser tests make outside the browser (to set the scene): log in
// as a demo account and send JSON with its session cookie.
import assert from 'node:assert/strict'
import { DEMO_PASSWORD, shot, checkA11y } from './harness.mjs'

/**
 * The cookies a response sets, as one Cookie request header. Node 18's fetch has no
 * Headers.getSetCookie, and joins several Set-Cookie fields with ", "; a comma inside an
 * Expires date is never followed by `name=`, so the split keeps dates whole.
 */
export function cookieHeader(res) {
  const joined = res.headers.get('set-cookie') ?? ''
  return joined
    .split(/,(?=\s*[^;,=\s]+=)/)
    .map((c) => c.split(';')[0].trim())
    .filter(Boolean)
    .join('; ')
}

/** Logs `login` in; returns call(method, path, body?) → parsed JSON, failing on an error. */
export async function apiAs(base, login) {
  const res = await fetch(`${base}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: DEMO_PASSWORD }),
  })
  assert.ok(res.ok, `login ${login}: ${res.status}`)
  const cookie = cookieHeader(res)
  const me = (await res.json()).account
  const call = async (method, path, body) => {
    const r = await fetch(`${base}${path}`, {
      method,
      headers: { cookie, 'content-type': 'application/json', accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await r.text()
    assert.ok(r.ok, `${method} ${path} as ${login}: ${r.status} ${text}`)
    return text ? JSON.parse(text) : null
  }
  call.me = me
  return call
}

/** Raises an appeal at the desk on grid `area` (第一网格 of 灵峰社区 by default). */
export async function raiseAtDesk(staff, description, area = 5) {
  return staff('POST', '/api/v1/appeals', {
    channel: 'desk',
    category: 'small_matter',
    description,
    area_id: area,
    resident: { name: '测试居民', phone: '13800138000' },
  })
}

/**
 * visit() for pages holding a Server-Sent Events stream open (the queue, the hall screen),
 * where the network never goes idle: waits for the load and the page's own readiness, then
 * takes the screenshot and runs axe-core.
 */
export async function visitLive(page, name) {
  await page.waitForLoadState('load')
  await page.waitForTimeout(400)
  await shot(page, name)
  await checkA11y(page, name)
}
