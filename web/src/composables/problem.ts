// Field errors from the API's problem+json, for a form to show beside each field.
import { reactive, watch, type WatchSource } from 'vue'
import { ApiError, NetworkError } from '../api/client'
import { i18n } from '../i18n'

// The API's messages in the reader's language: the common ones of its forms (core/form.cc) and
// of login; any other message is shown as the API wrote it.
const known: [RegExp, string, (m: RegExpMatchArray) => Record<string, string>][] = [
  [/^is required/, 'problems.required', () => ({})],
  [/^must not be empty$/, 'problems.empty', () => ({})],
  [/^must not be blank$/, 'problems.blank', () => ({})],
  [/^must be one of: /, 'problems.oneOf', () => ({})],
  [/^must be at most (\d+) characters$/, 'problems.tooLong', (m) => ({ n: m[1] })],
  [/^must be an 11-digit mobile number/, 'problems.phone', () => ({})],
  [/^the login or the password is wrong$/, 'problems.wrongLogin', () => ({})],
  [/^too many failed logins/, 'problems.locked', () => ({})],
  [/^must not contain control characters$/, 'problems.control', () => ({})],
  [/^is larger than (\d+) bytes$/, 'problems.photoTooLarge', (m) => ({ mb: (Number(m[1]) / 1048576).toFixed(0) })],
  [/^send the photo as image\/jpeg/, 'problems.photoType', () => ({})],
  [/^the bytes are not a /, 'problems.photoType', () => ({})],
  [/^an appeal has at most (\d+) photos/, 'problems.photoCount', (m) => ({ n: m[1] })],
]

export function localize(detail: string): string {
  for (const [re, key, args] of known) {
    const m = detail.match(re)
    if (m) return i18n.global.t(key, args(m))
  }
  return detail
}

export function useProblem() {
  const state = reactive({
    fields: {} as Record<string, string>,
    message: '',
  })
  function clear(): void {
    state.fields = {}
    state.message = ''
  }
  /** Shows `e`; returns true when it was an API problem or a network failure. */
  function show(e: unknown): boolean {
    clear()
    if (e instanceof ApiError) {
      const fields: Record<string, string> = {}
      for (const [k, v] of Object.entries(e.fields)) fields[k] = localize(v)
      state.fields = fields
      const whole = fields['']
      state.message = whole || (Object.keys(fields).length ? '' : localize(e.message))
      return true
    }
    if (e instanceof NetworkError) {
      state.message = i18n.global.t('app.networkError')
      return true
    }
    state.message = String(e)
    return false
  }
  /** Forgets the errors of `names` once `source` changes: a corrected field loses its error. */
  function clearOnChange(source: WatchSource, ...names: string[]): void {
    watch(source, () => {
      for (const n of names) delete state.fields[n]
    })
  }
  return { problem: state, clear, show, clearOnChange }
}
