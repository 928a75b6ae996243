// The photos picked for one form (raising an appeal, resolving one): each is shrunk and
// uploaded at once, so that sending the form only attaches ids. An upload the network
// prevented stays "offline" with its shrunk bytes, retried before the form is sent; one the
// server refused shows the API's message beside the field and is not sent.
import { reactive } from 'vue'
import { ApiError, NetworkError } from '../api/client'
import { MAX_PHOTOS, shrink, uploadPhoto } from '../api/photos'
import { localize } from './problem'

export interface PickedPhoto {
  key: number
  /** An object URL of the shrunk image (revoked when removed). */
  preview: string
  blob: Blob
  id: number | null
  state: 'uploading' | 'uploaded' | 'offline' | 'refused'
  error: string
}

let keys = 0

export function usePhotoList(max = MAX_PHOTOS) {
  const list = reactive({ items: [] as PickedPhoto[], error: '' })

  async function upload(p: PickedPhoto): Promise<void> {
    p.state = 'uploading'
    p.error = ''
    try {
      const photo = await uploadPhoto(p.blob)
      p.id = photo.id
      p.state = 'uploaded'
    } catch (e) {
      if (e instanceof NetworkError) p.state = 'offline'
      else {
        p.state = 'refused'
        p.error = e instanceof ApiError ? localize(e.fields[''] || e.message) : String(e)
      }
    }
  }

  /** Adds the chosen files (beyond `max`, the rest are left out and the field says so). */
  async function add(files: FileList | File[]): Promise<void> {
    list.error = ''
    const room = max - list.items.length
    const chosen = Array.from(files)
    if (chosen.length > room) list.error = 'tooMany'
    const jobs: Promise<void>[] = []
    for (const f of chosen.slice(0, Math.max(0, room))) {
      const blob = await shrink(f)
      const p = reactive<PickedPhoto>({
        key: ++keys,
        preview: URL.createObjectURL(blob),
        blob,
        id: null,
        state: 'uploading',
        error: '',
      }) as PickedPhoto
      list.items.push(p)
      jobs.push(upload(p))
    }
    await Promise.all(jobs)
  }

  function remove(key: number): void {
    const i = list.items.findIndex((p) => p.key === key)
    if (i < 0) return
    URL.revokeObjectURL(list.items[i].preview)
    list.items.splice(i, 1)
    list.error = ''
  }

  /** Retries the uploads the network prevented; true when every photo is now uploaded
   *  (refused ones excepted: they are not sent). */
  async function settle(): Promise<boolean> {
    await Promise.all(list.items.filter((p) => p.state === 'offline').map(upload))
    return list.items.every((p) => p.state !== 'offline')
  }

  const ids = (): number[] => list.items.filter((p) => p.id !== null).map((p) => p.id as number)
  const busy = (): boolean => list.items.some((p) => p.state === 'uploading')

  function clear(): void {
    for (const p of list.items) URL.revokeObjectURL(p.preview)
    list.items = []
    list.error = ''
  }

  return { list, add, remove, settle, ids, busy, clear }
}

export type PhotoList = ReturnType<typeof usePhotoList>
