// One shared ticking clock (every second while anything watches it) and the countdown text of
// a deadline: "受理还剩 4分12秒", or how long it is overdue.
import { onBeforeUnmount, ref } from 'vue'
import { i18n } from '../i18n'

const now = ref(Date.now())
let users = 0
let timer: number | undefined

export function useNow() {
  users += 1
  if (users === 1) timer = window.setInterval(() => (now.value = Date.now()), 1000)
  onBeforeUnmount(() => {
    users -= 1
    if (users === 0) window.clearInterval(timer)
  })
  return now
}

export function duration(ms: number): string {
  const t = i18n.global.t
  const s = Math.floor(Math.abs(ms) / 1000)
  const d = Math.floor(s / 86400)
  const h = Math.floor((s % 86400) / 3600)
  const m = Math.floor((s % 3600) / 60)
  if (d > 0) return t('clocks.d', { d, h })
  if (h > 0) return t('clocks.hm', { h, m })
  return t('clocks.ms', { m, s: s % 60 })
}

export function countdown(kind: 'accept' | 'on_site' | 'resolve', at: string, nowMs: number) {
  const t = i18n.global.t
  const left = Date.parse(at) - nowMs
  const what = t(`clocks.${kind}`)
  return {
    overdue: left < 0,
    text: left >= 0 ? t('clocks.left', { what, time: duration(left) }) : t('clocks.over', { what, time: duration(left) }),
  }
}

export function formatTime(iso: string): string {
  const d = new Date(iso)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getMonth() + 1}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}
