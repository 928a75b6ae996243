// Appeals raised while offline: kept in localStorage ("linli.drafts") and sent, in order, as
// soon as the network is back (and at each start). A draft the server refuses (4xx) is dropped
// from the queue and reported; one that cannot be sent yet stays.
import { reactive } from 'vue'
import { ApiError, NetworkError } from './api/client'
import { raiseAppeal, type IntakeBody, type Appeal } from './api/appeals'

const KEY = 'linli.drafts'

export interface Draft {
  body: IntakeBody
  saved_at: string
}

function read(): Draft[] {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? '[]')
    return Array.isArray(v) ? (v as Draft[]) : []
  } catch {
    return []
  }
}

export const drafts = reactive({ items: read(), sending: false })

function write(): void {
  localStorage.setItem(KEY, JSON.stringify(drafts.items))
}

export function keepDraft(body: IntakeBody): void {
  drafts.items.push({ body, saved_at: new Date().toISOString() })
  write()
}

type Sent = (a: Appeal) => void
type Refused = (e: ApiError, d: Draft) => void

/** Sends every kept draft; stops at the first network failure. */
export async function flushDrafts(onSent?: Sent, onRefused?: Refused): Promise<void> {
  if (drafts.sending || drafts.items.length === 0) return
  drafts.sending = true
  try {
    while (drafts.items.length > 0) {
      const d = drafts.items[0]
      try {
        const a = await raiseAppeal(d.body)
        drafts.items.shift()
        write()
        onSent?.(a)
      } catch (e) {
        if (e instanceof NetworkError) return
        if (e instanceof ApiError && e.status === 401) return // after login
        drafts.items.shift()
        write()
        if (e instanceof ApiError) onRefused?.(e, d)
      }
    }
  } finally {
    drafts.sending = false
  }
}
