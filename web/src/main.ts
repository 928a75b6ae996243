import { createApp } from 'vue'
import App from './App.vue'
import { router } from './router'
import { i18n } from './i18n'
import { onUnauthenticated } from './api/client'
import { loadSession, session } from './api/session'
import './styles.css'
import './prefs'

// An expired session: back to login, then to the page the person was on. Forms keep their
// drafts (useKeptForm), so nothing typed is lost.
onUnauthenticated(() => {
  session.account = null
  const here = router.currentRoute.value
  if (here.name !== 'login') {
    void router.push({ name: 'login', query: { back: here.fullPath, expired: '1' } })
  }
})

// Ask who is logged in at once, while the router and the first page's chunk load.
void loadSession()

createApp(App).use(i18n).use(router).mount('#app')
