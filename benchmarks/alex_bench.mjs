// Throughput of alex's Node API on one input file, for benchmarks/speed.py.
//
// Usage: node alex_bench.mjs ALEX_DIR INPUT [RUNS]
//
// ALEX_DIR is the npm prefix alex was installed into (alex 11 is ESM only, so
// it is imported by file URL from there rather than resolved from this file's
// folder). The whole input is passed to `text()` in one call, exactly as
// langcheck gets the whole input in one `lint_document` call: alex's plain-text
// entry point parses the string into paragraphs and sentences itself, so one
// call is how it is meant to be used. One warm-up call on a small slice loads
// and JIT-compiles the pipeline first, so start-up is not counted; then the
// best of RUNS timed calls is reported as JSON on stdout:
// {"words": N, "seconds": S, "words_per_s": W, "messages": M, "rss_mb": R}.
// rss_mb is the peak resident set size of this Node process.

import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {performance} from 'node:perf_hooks'
import {resourceUsage} from 'node:process'

const [alexDir, inputPath, runsArg] = process.argv.slice(2)
if (!alexDir || !inputPath) {
  console.error('usage: node alex_bench.mjs ALEX_DIR INPUT [RUNS]')
  process.exit(2)
}
const runs = Math.max(1, Number.parseInt(runsArg ?? '3', 10))
const entry = pathToFileURL(join(alexDir, 'node_modules', 'alex', 'index.js')).href
const {text} = await import(entry)

const value = readFileSync(inputPath, 'utf8')
const words = value.split(/\s+/).filter(Boolean).length

text(value.slice(0, 20000))

let best = Infinity
let messages = 0
for (let i = 0; i < runs; i++) {
  const start = performance.now()
  const file = text(value)
  const seconds = (performance.now() - start) / 1000
  messages = file.messages.length
  best = Math.min(best, seconds)
}

const rssMb = resourceUsage().maxRSS / 1024
console.log(JSON.stringify({words, seconds: best, words_per_s: words / best, messages, rss_mb: rssMb}))
