// The member's and the work unit's strings join the app's messages when one of their pages is
// first imported (under "m."), so other pages never carry them.
import { i18n } from '../../i18n'
import zhCN from './locales/zh-CN'
import en from './locales/en'

i18n.global.mergeLocaleMessage('zh-CN', { m: zhCN })
i18n.global.mergeLocaleMessage('en', { m: en })

export {}
