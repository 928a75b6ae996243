// The console's party-member strings join the app's messages (under "cm.") when one of these
// pages is first imported, like the console's own strings (../i18n.ts).
import { i18n } from '../../i18n'
import zhCN from './locales/zh-CN'
import en from './locales/en'

i18n.global.mergeLocaleMessage('zh-CN', { cm: zhCN })
i18n.global.mergeLocaleMessage('en', { cm: en })

export {}
