// A page's first load: `loading` is true until `load` settles; a failure goes to `show` (the
// page's useProblem), so the page says what went wrong instead of staying empty.
import { onMounted, ref } from 'vue'

export function useLoad(load: () => Promise<void>, show: (e: unknown) => void) {
  const loading = ref(true)
  onMounted(async () => {
    try {
      await load()
    } catch (e) {
      show(e)
    } finally {
      loading.value = false
    }
  })
  return { loading }
}
