// The API client: fetch on the same origin, with the HttpOnly session cookie the server sets at
// login. Every error is an RFC 9457 problem+json document; ApiError carries it with its field
// errors keyed by the field name (the last segment of each JSON pointer), so a form can show
// the API's message beside the field. A 401 on any call but the login itself asks the app to
// log in again (onUnauthenticated) — the page keeps what was typed and returns after login.

export interface FieldError {
  pointer: string
  detail: string
}

export interface Problem {
  type?: string
  title?: string
  status: number
  detail?: string
  instance?: string
  errors?: FieldError[]
}

export class ApiError extends Error {
  readonly status: number
  readonly problem: Problem
  /** field name → message ("/category" → fields.category); whole-body problems under "". */
  readonly fields: Record<string, string>

  constructor(problem: Problem) {
    super(problem.detail || problem.title || `HTTP ${problem.status}`)
    this.status = problem.status
    this.problem = problem
    this.fields = {}
    for (const e of problem.errors ?? []) {
      const key = fieldOf(e.pointer)
      if (!(key in this.fields)) this.fields[key] = e.detail
    }
  }
}

/** The network could not be reached at all (offline, server down). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause))
  }
}

/** "/place/area_id" → "area_id"; "/items/0/name" → "name"; "" → "". */
export function fieldOf(pointer: string): string {
  const parts = pointer.split('/').filter((p) => p !== '' && !/^\d+$/.test(p))
  return parts.length ? parts[parts.length - 1].replace(/~1/g, '/').replace(/~0/g, '~') : ''
}

type Listener = () => void
let unauthenticated: Listener | null = null

/** Called when the session has expired (a 401 outside login). */
export function onUnauthenticated(fn: Listener): void {
  unauthenticated = fn
}

export interface RequestOptions {
  query?: Record<string, string | number | boolean | undefined | null>
  body?: unknown
  /** Do not treat a 401 as an expired session (the login call itself). */
  noAuthRedirect?: boolean
  signal?: AbortSignal
  /** A raw body (a photo) sent as is with `rawType` as its Content-Type, instead of `body`. */
  raw?: Blob
  rawType?: string
}

function url(path: string, query?: RequestOptions['query']): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v !== undefined && v !== null && v !== '') q.append(k, String(v))
  }
  const s = q.toString()
  return s ? `${path}?${s}` : path
}

export async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' }
  let body: BodyInit | undefined
  if (opts.raw !== undefined) {
    headers['content-type'] = opts.rawType ?? 'application/octet-stream'
    body = opts.raw
  } else if (opts.body !== undefined) {
    headers['content-type'] = 'application/json'
    body = JSON.stringify(opts.body)
  }
  let res: Response
  try {
    res = await fetch(url(path, opts.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: opts.signal,
    })
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e
    throw new NetworkError(e)
  }
  if (res.status === 204) return undefined as T
  const type = res.headers.get('content-type') ?? ''
  if (!res.ok) {
    let problem: Problem = { status: res.status, title: res.statusText }
    if (type.includes('json')) {
      try {
        problem = { ...(await res.json()), status: res.status }
      } catch {
        /* a body that is not JSON: keep the status */
      }
    }
    if (res.status === 401 && !opts.noAuthRedirect && unauthenticated) unauthenticated()
    throw new ApiError(problem)
  }
  if (type.includes('json')) return (await res.json()) as T
  return (await res.text()) as unknown as T
}

export const api = {
  get: <T>(path: string, query?: RequestOptions['query']) => request<T>('GET', path, { query }),
  post: <T>(path: string, body?: unknown, opts: RequestOptions = {}) =>
    request<T>('POST', path, { ...opts, body: body ?? {} }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  del: <T>(path: string) => request<T>('DELETE', path),
}
