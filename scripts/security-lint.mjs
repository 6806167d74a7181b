#!/usr/bin/env node
/**
 * Security lint: runs electronegativity over the repository and fails on any finding that is
 * not listed as reviewed in SECURITY.md. electronegativity always exits 0 and only works through
 * npx (installed into the project it breaks on our TypeScript), so this script reads its CSV.
 *
 *   node scripts/security-lint.mjs
 *
 * Exit codes: 0 all findings reviewed, 1 unreviewed findings or the scanner failed.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const SCANNER = '@doyensec/electronegativity@1.10.3'
const ELECTRON_VERSION = '45.4.1'
/** Build output, dependencies and tests are not shipped source; findings there are noise. */
const IGNORED_DIRS = ['node_modules', 'out', 'coverage', 'tests']
const REVIEWED_FENCE = 'security-lint-reviewed'

/** RFC 4180 CSV (quoted fields, "" escapes, newlines inside quotes), as the scanner writes it. */
export function parseCsv(text) {
  const rows = []
  let row = []
  let field = ''
  let quoted = false
  const endField = () => {
    row.push(field)
    field = ''
  }
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"'
      i++
    } else if (char === '"') {
      quoted = !quoted
    } else if (!quoted && char === ',') {
      endField()
    } else if (!quoted && (char === '\n' || char === '\r')) {
      if (char === '\r' && text[i + 1] === '\n') i++
      endField()
      rows.push(row)
      row = []
    } else {
      field += char
    }
  }
  if (field !== '' || row.length > 0) {
    endField()
    rows.push(row)
  }
  return rows.filter((cells) => cells.some((cell) => cell.trim() !== ''))
}

/** Findings from the scanner's CSV, with forward-slash paths relative to the repository. */
export function parseFindings(csv) {
  const [header, ...rows] = parseCsv(csv)
  if (!header || header[0]?.trim() !== 'issue') throw new Error('not an electronegativity CSV')
  return rows.map(([check, severity, confidence, file, location, , description]) => ({
    check: check.trim(),
    severity: severity.trim(),
    confidence: confidence.trim(),
    file: file.trim().replaceAll('\\', '/').replace(/^\.\//, ''),
    location: location.trim(),
    description: description?.trim() ?? '',
  }))
}

export function isIgnored(file) {
  return file
    .split('/')
    .some((segment, index) => (index === 0 ? IGNORED_DIRS : ['node_modules']).includes(segment))
}

/** `CHECK_ID | file | reason` lines from the ```security-lint-reviewed block of SECURITY.md. */
export function parseReviewed(markdown) {
  const block = markdown.match(new RegExp('```' + REVIEWED_FENCE + '\\r?\\n([\\s\\S]*?)```'))
  if (!block) throw new Error(`SECURITY.md has no \`\`\`${REVIEWED_FENCE} block`)
  return block[1]
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.trim().startsWith('#'))
    .map((line) => {
      const [check, file, ...reason] = line.split('|').map((part) => part.trim())
      if (!check || !file || reason.join('|').trim() === '')
        throw new Error(`bad reviewed line: ${line}`)
      return { check, file, reason: reason.join(' | ') }
    })
}

function runScanner(csvPath) {
  const result = spawnSync(
    'npx',
    [
      '--yes',
      '-p',
      SCANNER,
      'electronegativity',
      '-i',
      ROOT,
      '-r',
      '-e',
      ELECTRON_VERSION,
      '-o',
      csvPath,
    ],
    { cwd: ROOT, encoding: 'utf8', shell: process.platform === 'win32', timeout: 10 * 60 * 1000 },
  )
  if (result.status !== 0 || !existsSync(csvPath)) {
    console.error(result.stdout ?? '', result.stderr ?? '', result.error ?? '')
    throw new Error(`electronegativity did not produce ${csvPath} (exit ${result.status})`)
  }
  return readFileSync(csvPath, 'utf8')
}

function main() {
  const reviewed = parseReviewed(readFileSync(path.join(ROOT, 'SECURITY.md'), 'utf8'))
  const workDir = mkdtempSync(path.join(tmpdir(), 'b12-security-lint-'))
  let findings
  try {
    findings = parseFindings(runScanner(path.join(workDir, 'electronegativity.csv')))
  } finally {
    rmSync(workDir, { recursive: true, force: true })
  }
  const relevant = findings.filter((finding) => !isIgnored(finding.file))
  const isReviewed = (f) => reviewed.some((r) => r.check === f.check && r.file === f.file)
  console.log(
    `electronegativity ${SCANNER.split('@').pop()}: ${findings.length} findings, ` +
      `${findings.length - relevant.length} in ignored folders (${IGNORED_DIRS.join(', ')})`,
  )
  for (const f of relevant) {
    const status = isReviewed(f) ? 'reviewed  ' : 'UNREVIEWED'
    console.log(
      `${status} ${f.check} ${f.file}:${f.location} [${f.severity}/${f.confidence}] ${f.description}`,
    )
  }
  for (const r of reviewed.filter(
    (r) => !relevant.some((f) => f.check === r.check && f.file === r.file),
  )) {
    console.warn(
      `stale      ${r.check} ${r.file}: listed as reviewed but not reported; remove it if it stays gone`,
    )
  }
  const unreviewed = relevant.filter((f) => !isReviewed(f))
  if (unreviewed.length > 0) {
    console.error(
      `${unreviewed.length} unreviewed finding(s): fix them, or review them in SECURITY.md.`,
    )
    process.exitCode = 1
  } else {
    console.log('security lint: every finding is fixed or reviewed.')
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    main()
  } catch (error) {
    console.error(`security lint failed: ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 1
  }
}
