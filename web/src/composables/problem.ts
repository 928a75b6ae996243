// Field errors from the API's problem+json, for a form to show beside each field.
import { reactive } from 'vue'
import { ApiError, NetworkError } from '../api/client'
import { i18n } from '../i18n'

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
      state.fields = { ...e.fields }
      const whole = e.fields['']
      state.message = whole || (Object.keys(e.fields).length ? '' : e.message)
      return true
    }
    if (e instanceof NetworkError) {
      state.message = i18n.global.t('app.networkError')
      return true
    }
    state.message = String(e)
    return false
  }
  return { problem: state, clear, show }
}
