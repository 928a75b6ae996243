// Build of the Linli web app. Vant components are imported on demand (with their styles) by
// unplugin-vue-components; Element Plus and ECharts are imported only inside the lazily loaded
// console/dashboard chunks, so phone pages never download them.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, relative, resolve, sep } from 'node:path'
import { fileURLToPath, URL } from 'node:url'
import { defineConfig, transformWithEsbuild, type Plugin } from 'vite'
// vue-i18n's own message compiler (its dependency), run here at build time instead of on phones.
import { baseCompile } from '@intlify/message-compiler'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { VantResolver } from '@vant/auto-import-resolver'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'

const here = dirname(fileURLToPath(import.meta.url))

// Vant's icon font: its CSS embeds the font as base64 and names a copy on a CDN after it.
// Nothing outside may be fetched (and the CSP would block it), so the remote source is removed;
// and the embedded font is written out as a file of its own (a hashed asset, cached for a
// year, fetched only when an icon is drawn) so the style sheet stays small and quick to parse.
const vantIconFont: Plugin = {
  name: 'linli-vant-icon-font',
  enforce: 'pre',
  transform(code, id) {
    if (!/[\\/]vant[\\/].*\.css$/.test(id)) return null
    let out = code.replace(/,\s*url\(\/\/at\.alicdn\.com[^)]*\)\s*format\(["']?\w+["']?\)/g, '')
    out = out.replace(/url\(data:font\/woff2;charset=utf-8;base64,([A-Za-z0-9+/=]+)\)/, (_, b64: string) => {
      const file = resolve(here, 'node_modules', '.linli', 'vant-icon.woff2')
      mkdirSync(dirname(file), { recursive: true })
      writeFileSync(file, Buffer.from(b64, 'base64'))
      return `url(${JSON.stringify(relative(dirname(id), file).split(sep).join('/'))})`
    })
    return out
  },
}

// The locale files (src/**/locales/*.ts: plain objects of strings) are compiled at build time to
// vue-i18n's message ASTs, so the app ships without vue-i18n's message compiler (about 17 KB of
// the entry chunk) and no phone parses a message at run time. The .ts files stay the source,
// type-checked by vue-tsc as before; a message the compiler refuses fails the build.
const precompiledLocales: Plugin = {
  name: 'linli-precompiled-locales',
  apply: 'build',
  async transform(code, id) {
    if (!/[\\/]src[\\/](.+[\\/])?locales[\\/][^\\/]+\.ts$/.test(id)) return null
    const js = (await transformWithEsbuild(code, id, { loader: 'ts', format: 'esm' })).code
    if (/^\s*import\s/m.test(js)) this.error(`${id}: a locale file may import types only`)
    const mod = await import(`data:text/javascript;base64,${Buffer.from(js).toString('base64')}`)
    const compile = (v: unknown, key: string): unknown => {
      if (typeof v === 'string') {
        const { ast } = baseCompile(v, {
          jit: true,
          minify: true,
          location: false,
          onError: (e) => this.error(`${id}: message ${key}: ${e.message}`),
        })
        // A message without placeholders keeps its text alone ("s"); its item list is unused.
        const body = (ast as { b?: { s?: string; i?: unknown } }).b
        if (body && typeof body.s === 'string') delete body.i
        return ast
      }
      if (v && typeof v === 'object') {
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, compile(x, `${key}.${k}`)]))
      }
      this.error(`${id}: message ${key} is not a string`)
    }
    const json = JSON.stringify(compile(mod.default, ''))
    return { code: `export default JSON.parse(${JSON.stringify(json)})`, map: null }
  },
}

export default defineConfig({
  plugins: [
    vantIconFont,
    precompiledLocales,
    vue(),
    // <van-*> and <el-*> are imported where they are used, with their styles; only console
    // components use <el-*>, so Element Plus lands in the console chunks alone.
    Components({ resolvers: [VantResolver(), ElementPlusResolver({ importStyle: 'css' })], dts: false }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  define: {
    // vue-i18n: JIT message compilation (no eval, so a strict CSP holds), no legacy API.
    __VUE_I18N_FULL_INSTALL__: false,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
    // Messages arrive compiled (precompiledLocales); the run-time compiler is left out. In the
    // dev server the .ts files are served as they are and compiled in the browser.
    __INTLIFY_DROP_MESSAGE_COMPILER__: process.env.NODE_ENV === 'production' || process.argv.includes('build'),
  },
  build: {
    target: 'es2020',
    cssCodeSplit: true,
    // No inline script for the module-preload polyfill: the CSP forbids inline script.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080', '/healthz': 'http://127.0.0.1:8080' },
  },
})
