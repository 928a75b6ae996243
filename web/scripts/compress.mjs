// Writes NAME.br and NAME.gz beside every compressible file of the built app (node's own zlib),
// so the server sends precompressed bytes chosen from Accept-Encoding. Usage: compress.mjs DIR
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, gzipSync, constants } from 'node:zlib'

const dir = process.argv[2] ?? 'dist'
const compressible = /\.(html|js|mjs|css|json|svg|txt|webmanifest|map)$/
let files = 0
let before = 0
let after = 0

function walk(d) {
  for (const name of readdirSync(d)) {
    const p = join(d, name)
    if (statSync(p).isDirectory()) walk(p)
    else if (compressible.test(name)) compress(p)
  }
}

function compress(p) {
  const raw = readFileSync(p)
  if (raw.length < 256) return // not worth an encoding
  const br = brotliCompressSync(raw, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
    },
  })
  const gz = gzipSync(raw, { level: 9 })
  writeFileSync(p + '.br', br)
  writeFileSync(p + '.gz', gz)
  files += 1
  before += raw.length
  after += br.length
}

walk(dir)
console.log(`compress: ${files} files, ${(before / 1024).toFixed(1)} KB -> ${(after / 1024).toFixed(1)} KB brotli`)
