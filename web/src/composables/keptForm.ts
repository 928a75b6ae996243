// A form whose fields survive a reload or an expired session: every change is written to
// sessionStorage under `key`, and restored when the page opens again. clear() after success.
import { reactive, watch } from 'vue'

export function useKeptForm<T extends object>(key: string, initial: T) {
  const storageKey = `linli.form.${key}`
  let saved: Partial<T> = {}
  try {
    saved = JSON.parse(sessionStorage.getItem(storageKey) ?? '{}') as Partial<T>
  } catch {
    saved = {}
  }
  const form = reactive({ ...initial, ...saved }) as T
  watch(
    () => ({ ...form }),
    (v) => sessionStorage.setItem(storageKey, JSON.stringify(v)),
    { deep: true },
  )
  function clear(): void {
    Object.assign(form, initial)
    sessionStorage.removeItem(storageKey)
  }
  return { form, clear }
}
