// Live appeal events (GET /api/v1/stream, Server-Sent Events: every event about an appeal the
// caller may read). `onChange` is called with the appeal's id, at most once per 400 ms burst,
// so a page can reload what it shows. The browser reconnects by itself, resuming after the last
// event id it saw.
import { onBeforeUnmount, onMounted } from 'vue'
import { liveQueueFrameEventValues } from '../api/schema'

export function useAppealStream(onChange: (ids: Set<number>) => void): void {
  let source: EventSource | null = null
  let timer: number | undefined
  let pending = new Set<number>()

  function heard(e: MessageEvent): void {
    try {
      const id = Number(JSON.parse(e.data).appeal_id)
      if (id > 0) pending.add(id)
    } catch {
      /* a frame without JSON (reset): reload all */
    }
    window.clearTimeout(timer)
    timer = window.setTimeout(() => {
      const ids = pending
      pending = new Set()
      onChange(ids)
    }, 400)
  }

  onMounted(() => {
    if (typeof EventSource === 'undefined') return
    source = new EventSource('/api/v1/stream')
    for (const a of liveQueueFrameEventValues) source.addEventListener(a, heard as EventListener)
    source.addEventListener('reset', heard as EventListener)
  })
  onBeforeUnmount(() => {
    window.clearTimeout(timer)
    source?.close()
  })
}
