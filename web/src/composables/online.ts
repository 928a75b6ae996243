// Whether the browser believes it is online; reactive.
import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue'

export function useOnline(): Ref<boolean> {
  const online = ref(navigator.onLine)
  const up = () => (online.value = true)
  const down = () => (online.value = false)
  onMounted(() => {
    window.addEventListener('online', up)
    window.addEventListener('offline', down)
  })
  onBeforeUnmount(() => {
    window.removeEventListener('online', up)
    window.removeEventListener('offline', down)
  })
  return online
}
