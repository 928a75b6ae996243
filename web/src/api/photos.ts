// Photos of an appeal: shrunk on the phone (canvas → JPEG, longest side MAX_SIDE) so that a
// camera's 5 MB picture goes up as a couple of hundred KB, uploaded on their own
// (POST /api/v1/photos, the raw image as the body) and then attached by id when raising or
// resolving (photo_ids). The server checks the type from the bytes and the size against
// http.upload_limit; its problem+json comes back as an ApiError like any other call.
import { request } from './client'
import type { components } from './schema'

export type Photo = components['schemas']['Photo']

/** At most this many photos per appeal (appeals.photos_per_appeal; the server checks its own). */
export const MAX_PHOTOS = 9
const MAX_SIDE = 1600
const QUALITY = 0.8

/** `file` as a JPEG no larger than MAX_SIDE on its longest side; the file itself when the
 *  browser cannot decode it (the server then says what is wrong with it). */
export async function shrink(file: Blob): Promise<Blob> {
  let bitmap: ImageBitmap
  try {
    bitmap = await createImageBitmap(file)
  } catch {
    return file
  }
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height))
  const w = Math.max(1, Math.round(bitmap.width * scale))
  const h = Math.max(1, Math.round(bitmap.height * scale))
  const canvas = document.createElement('canvas')
  canvas.width = w
  canvas.height = h
  const g = canvas.getContext('2d')
  if (!g) return file
  g.fillStyle = '#fff' // a transparent PNG becomes white, not black, as a JPEG
  g.fillRect(0, 0, w, h)
  g.drawImage(bitmap, 0, 0, w, h)
  bitmap.close()
  const out = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', QUALITY))
  // A small PNG may already be smaller than its JPEG: send whichever is smaller.
  return out && out.size < file.size ? out : file
}

export const uploadPhoto = (image: Blob) =>
  request<Photo>('POST', '/api/v1/photos', { raw: image, rawType: image.type || 'application/octet-stream' })

/** A blob as a data: URL (kept in a draft when it could not be uploaded). */
export function toDataUrl(b: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader()
    r.onload = () => resolve(String(r.result))
    r.onerror = () => reject(r.error)
    r.readAsDataURL(b)
  })
}

/** A data: URL back to a blob with its type. */
export async function fromDataUrl(url: string): Promise<Blob> {
  const [head, data] = url.split(',', 2)
  const type = /^data:([^;,]+)/.exec(head)?.[1] ?? 'application/octet-stream'
  const bin = atob(data ?? '')
  const bytes = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i)
  return new Blob([bytes], { type })
}
