// vue-i18n in Composition mode: zh-CN first (the default), English second. The choice is kept
// in localStorage ("linli.locale").
import { createI18n } from 'vue-i18n'
import zhCN from './locales/zh-CN'
import en from './locales/en'

export type Locale = 'zh-CN' | 'en'
const KEY = 'linli.locale'

function initial(): Locale {
  const saved = localStorage.getItem(KEY)
  return saved === 'en' ? 'en' : 'zh-CN'
}

export const i18n = createI18n({
  legacy: false,
  locale: initial(),
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN, en },
})

export function setLocale(l: Locale): void {
  i18n.global.locale.value = l
  localStorage.setItem(KEY, l)
  document.documentElement.lang = l
}

export function toggleLocale(): void {
  setLocale(i18n.global.locale.value === 'en' ? 'zh-CN' : 'en')
}

document.documentElement.lang = initial()
