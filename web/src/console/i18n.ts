// The console's strings join the app's messages when a console, dashboard or hall-screen chunk
// is first imported, so the phone pages never carry them. Keys live under "c." to stay apart
// from the shared strings.
import { i18n } from '../i18n'
import zhCN from './locales/zh-CN'
import en from './locales/en'

i18n.global.mergeLocaleMessage('zh-CN', { c: zhCN })
i18n.global.mergeLocaleMessage('en', { c: en })

export {}
