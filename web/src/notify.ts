// Short messages after an action ("已提交"), shown by App.vue in a polite live region so screen
// readers announce them; each goes away after a few seconds.
import { reactive } from 'vue'

export interface Notice {
  id: number
  message: string
  kind: 'success' | 'info' | 'error'
}

export const notices = reactive<{ items: Notice[] }>({ items: [] })
let next = 1

export function notify(message: string, kind: Notice['kind'] = 'info', ms = 3000): void {
  const id = next++
  notices.items.push({ id, message, kind })
  window.setTimeout(() => {
    const i = notices.items.findIndex((n) => n.id === id)
    if (i >= 0) notices.items.splice(i, 1)
  }, ms)
}
