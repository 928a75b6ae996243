// Periods of the dashboards' trends in China Standard Time days, as the KPI API counts them
// (?from and ?to are CST days, both included).

/** Today in CST as YYYY-MM-DD. */
export function todayCst(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now)
}

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + n)
  return d.toISOString().slice(0, 10)
}

export type Granularity = 'day' | 'week' | 'month'

export interface Period {
  from: string
  to: string
  label: string
}

/** The last `count` periods ending today, oldest first; weeks start on Monday. */
export function lastPeriods(g: Granularity, count: number, today = todayCst()): Period[] {
  const out: Period[] = []
  if (g === 'day') {
    for (let i = count - 1; i >= 0; i--) {
      const d = addDays(today, -i)
      out.push({ from: d, to: d, label: d.slice(5) })
    }
  } else if (g === 'week') {
    const dow = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7 // Monday 0
    const monday = addDays(today, -dow)
    for (let i = count - 1; i >= 0; i--) {
      const from = addDays(monday, -7 * i)
      const to = i === 0 ? today : addDays(from, 6)
      out.push({ from, to, label: from.slice(5) })
    }
  } else {
    const [y, m] = today.split('-').map(Number)
    for (let i = count - 1; i >= 0; i--) {
      const first = new Date(Date.UTC(y, m - 1 - i, 1))
      const last = i === 0 ? new Date(`${today}T00:00:00Z`) : new Date(Date.UTC(y, m - i, 0))
      const from = first.toISOString().slice(0, 10)
      out.push({ from, to: last.toISOString().slice(0, 10), label: from.slice(0, 7) })
    }
  }
  return out
}
