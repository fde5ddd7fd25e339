// alex over a whole repository of Markdown files in one Node process, for benchmarks/speed.py.
//
// Usage: node alex_repo.mjs ALEX_DIR FOLDER
//
// Every .md file under FOLDER is read and passed to alex's Markdown API
// (`markdown()`, all of alex's rules, as its CLI runs them on .md files), one
// call per file, in one process: the way alex lints a repository. The whole
// run is timed, start-up included, as langcheck's run over the same folder
// is; the result is printed as JSON on stdout:
// {"files": N, "words": W, "seconds": S, "messages": M, "rss_mb": R}.

import {readFileSync, readdirSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {performance} from 'node:perf_hooks'
import {resourceUsage} from 'node:process'

const start = performance.now()
const [alexDir, folder] = process.argv.slice(2)
if (!alexDir || !folder) {
  console.error('usage: node alex_repo.mjs ALEX_DIR FOLDER')
  process.exit(2)
}
const entry = pathToFileURL(join(alexDir, 'node_modules', 'alex', 'index.js')).href
const {markdown} = await import(entry)

function* markdownFiles(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) yield* markdownFiles(path)
    else if (name.endsWith('.md')) yield path
  }
}

let files = 0
let words = 0
let messages = 0
for (const path of markdownFiles(folder)) {
  const value = readFileSync(path, 'utf8')
  words += value.split(/\s+/).filter(Boolean).length
  messages += markdown(value).messages.length
  files += 1
}
const seconds = (performance.now() - start) / 1000
const rssMb = resourceUsage().maxRSS / 1024
console.log(JSON.stringify({files, words, seconds, messages, rss_mb: rssMb}))
