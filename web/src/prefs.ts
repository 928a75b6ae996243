// Personal display preferences kept on this device: elder mode (长辈模式: large type, high
// contrast, fewer choices, the hotline one tap away).
import { reactive, watch } from 'vue'

const KEY = 'linli.elder'

export const prefs = reactive({
  elder: localStorage.getItem(KEY) === '1',
})

function apply(): void {
  document.documentElement.classList.toggle('elder', prefs.elder)
}

watch(
  () => prefs.elder,
  (v) => {
    localStorage.setItem(KEY, v ? '1' : '0')
    apply()
  },
)
apply()

/** The community hotline dialled by the one-tap button (12345 is the citizens' hotline). */
export const HOTLINE = '12345'
