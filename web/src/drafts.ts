// Appeals raised while offline: kept in localStorage ("linli.drafts") and sent, in order, as
// soon as the network is back (and at each start). A draft the server refuses (4xx) is dropped
// from the queue and reported; one that cannot be sent yet stays. Its photos are kept as data:
// URLs (already shrunk) and uploaded just before it is sent: an id uploaded earlier could have
// been purged as an orphan by then. A photo the server refuses is left out of the appeal.
import { reactive } from 'vue'
import { ApiError, NetworkError } from './api/client'
import { raiseAppeal, type IntakeBody, type Appeal } from './api/appeals'
import { fromDataUrl, toDataUrl, uploadPhoto } from './api/photos'

const KEY = 'linli.drafts'

export interface Draft {
  body: IntakeBody
  saved_at: string
  /** The photos to upload and attach when it is sent, as data: URLs. */
  photos?: string[]
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

/** Keeps `body` with `photos`; returns how many photos were kept: all of them, or none when
 *  the phone's storage could not hold them (the appeal itself is kept either way). */
export async function keepDraft(body: IntakeBody, photos: Blob[] = []): Promise<number> {
  const draft: Draft = { body: { ...body, photo_ids: undefined }, saved_at: new Date().toISOString() }
  if (photos.length) draft.photos = await Promise.all(photos.map(toDataUrl))
  drafts.items.push(draft)
  try {
    write()
    return photos.length
  } catch {
    delete draft.photos // over the storage quota: keep the words at least
    write()
    return 0
  }
}

/** Uploads a draft's kept photos; their ids, refused ones left out. */
async function uploadKept(d: Draft): Promise<number[]> {
  const ids: number[] = []
  for (const url of d.photos ?? []) {
    try {
      ids.push((await uploadPhoto(await fromDataUrl(url))).id)
    } catch (e) {
      if (!(e instanceof ApiError) || e.status === 401) throw e
    }
  }
  return ids
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
        const ids = await uploadKept(d)
        const a = await raiseAppeal(ids.length ? { ...d.body, photo_ids: ids } : d.body)
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
