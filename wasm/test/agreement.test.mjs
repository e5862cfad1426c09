// SPDX-License-Identifier: EUPL-1.2
// Native and WebAssembly agree: the same vectors, the same option sets, byte-for-byte the same
// reports and error messages. The native half is tests/vectors/text_vectors.c.
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Helder, repoDir } from './helpers.mjs';

const vectorDir = path.join(repoDir, 'tests/fuzz/corpus/text_check');
const optionSets = [
  '{}',
  '{"detail":true}',
  '{"spelling":false,"long_sentence_words":5,"long_word_letters":10}',
  '{"max_bytes":100}',
];

test('every vector gives the same bytes natively and in WebAssembly', async () => {
  assert.ok(process.env.HELDER_NATIVE_VECTORS, 'set HELDER_NATIVE_VECTORS to the native text_vectors program');
  const native = execFileSync(process.env.HELDER_NATIVE_VECTORS, ['/usr/share/hunspell/nl', vectorDir], {
    maxBuffer: 1 << 30,
  }).toString('utf8');
  const h = await Helder.create({ spelling: true });
  const names = (await readdir(vectorDir)).filter((n) => !n.startsWith('.')).sort();
  const lines = [];
  for (const name of names) {
    const bytes = new Uint8Array(await readFile(path.join(vectorDir, name)));
    for (const options of optionSets) {
      let status = 0, payload;
      try {
        payload = h.checkTextJson(bytes, options);
      } catch (e) {
        status = e.status;
        payload = e.message;
      }
      lines.push(`${name}\t${options}\t${status}\t${payload}\n`);
    }
  }
  h.delete();
  const wasm = lines.join('');
  const nativeLines = native.split('\n');
  const wasmLines = wasm.split('\n');
  assert.equal(wasmLines.length, nativeLines.length);
  for (let i = 0; i < nativeLines.length; ++i) assert.equal(wasmLines[i], nativeLines[i], `line ${i + 1} differs`);
  assert.ok(lines.length >= 40);
});

// The dossier half: tests/vectors/dossier_vectors.c prints the same lines natively.
const dossierOptionSets = [
  '{"today":"2026-11-23"}',
  '{"today":"2029-06-01","max_professionals":1,"check_family_texts":false}',
  '{"today":"2026-11-23","max_bytes":4000}',
];
const dossierFolders = [
  ['examples/dossiers', '.json'],
  ['tests/data/dossiers/invalid', '.json'],
  ['tests/fuzz/corpus/dossier_validate', ''],
];

// One answer line, as the native program prints it.
function answerLine(run) {
  try {
    return `0\t${run()}\n`;
  } catch (e) {
    if (e.status === undefined) throw e;
    return `${e.status}\t${e.message}\n`;
  }
}

// The store takes its time from the system clock (WebAssembly has no test clock): its date-times
// and the audit hashes that cover them become place holders, as dossier_vectors prints them.
function clockFree(line) {
  return line.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z/g, '<clock>').replace(/("(?:hash|head)":")[0-9a-f]{64}/g, '$1<hash>');
}

test('dossier validation and the store give the same bytes natively and in WebAssembly', async () => {
  assert.ok(process.env.HELDER_NATIVE_DOSSIER_VECTORS, 'set HELDER_NATIVE_DOSSIER_VECTORS to the native dossier_vectors program');
  const native = execFileSync(process.env.HELDER_NATIVE_DOSSIER_VECTORS, [repoDir], { maxBuffer: 1 << 30 }).toString('utf8');
  const h = await Helder.create();
  const lines = [];
  for (const [folder, suffix] of dossierFolders) {
    const names = (await readdir(path.join(repoDir, folder), { withFileTypes: true }))
      .filter((e) => e.isFile() && !e.name.startsWith('.') && e.name.endsWith(suffix)).map((e) => e.name).sort();
    for (const name of names) {
      const bytes = new Uint8Array(await readFile(path.join(repoDir, folder, name)));
      for (const options of dossierOptionSets)
        lines.push(`${folder}/${name}\t${options}\t${answerLine(() => h.validateDossierJson(bytes, options))}`);
    }
  }
  // The store scenario, through the exact answers of the C API.
  const store = h.openStore();
  const scenario = (await readFile(path.join(repoDir, 'tests/vectors/store_scenario.tsv'), 'utf8')).split('\n');
  for (const line of scenario) {
    if (line === '' || line.startsWith('#')) continue;
    const [operation, file, request] = line.split('\t');
    const dossier = operation === 'commit' ? new Uint8Array(await readFile(path.join(repoDir, file))) : undefined;
    lines.push(`${operation}\t${request}\t${clockFree(answerLine(() => store.json(operation, request, dossier)))}`);
  }
  store.delete();
  h.delete();
  const wasmLines = lines.join('').split('\n');
  const nativeLines = native.split('\n');
  assert.equal(wasmLines.length, nativeLines.length);
  for (let i = 0; i < nativeLines.length; ++i) assert.equal(wasmLines[i], nativeLines[i], `line ${i + 1} differs`);
  assert.ok(lines.length >= 140);
});

// The procedure half: tests/vectors/procedure_vectors.c prints one line per call (deadlines,
// event sequences with refusals and timers that fire, the state for every party, the shipped
// specifications, the letters, bad input); here each call is made again in WebAssembly from its line.
const procedureCalls = {
  deadline: { args: 1, run: (h, [request]) => h.procedureDeadlineJson(request) },
  apply: { args: 2, run: (h, [instance, event]) => h.applyProcedureEventJson(instance, event) },
  state: { args: 2, run: (h, [instance, query]) => h.procedureStateJson(instance, JSON.parse(query)) },
  spec: { args: 1, run: (h, [name]) => h.procedureSpecJson(name === '-' ? undefined : name) },
  // The time a verification took differs run to run: printed as <time> on both sides.
  verify: { args: 2, run: (h, [name, options]) => h.verifyProcedureJson(name, options).replace(/("seconds":)[0-9.eE+-]+/, '$1<time>') },
  render: { args: 2, run: (h, [name, options]) => h.renderProcedure(name, options) },
  letters: { args: 1, run: (h, [request]) => h.lettersJson(request) },
  letter: { args: 1, run: (h, [request]) => h.letterJson(request) },
};

test('the procedure gives the same bytes natively and in WebAssembly', async () => {
  assert.ok(process.env.HELDER_NATIVE_PROCEDURE_VECTORS ?? process.env.HELDER_NATIVE_DOSSIER_VECTORS,
    'set HELDER_NATIVE_PROCEDURE_VECTORS (or HELDER_NATIVE_DOSSIER_VECTORS, beside which it is built)');
  const program = process.env.HELDER_NATIVE_PROCEDURE_VECTORS ??
    path.join(path.dirname(process.env.HELDER_NATIVE_DOSSIER_VECTORS), 'procedure_vectors');
  const nativeLines = execFileSync(program, [], { maxBuffer: 1 << 30 }).toString('utf8').split('\n');
  assert.equal(nativeLines.pop(), '');
  const h = await Helder.create();
  const counts = {};
  for (let i = 0; i < nativeLines.length; ++i) {
    const fields = nativeLines[i].split('\t');
    const call = procedureCalls[fields[0]];
    assert.ok(call, `line ${i + 1}: unknown call ${fields[0]}`);
    const args = fields.slice(1, 1 + call.args);
    let status = 0, answer;
    try {
      answer = call.run(h, args);
    } catch (e) {
      if (e.status === undefined) throw e;
      status = e.status;
      answer = e.message;
    }
    const line = [fields[0], ...args, status, answer.replaceAll('\n', '\\n')].join('\t');
    assert.equal(line, nativeLines[i], `line ${i + 1} differs`);
    counts[`${fields[0]} ${status}`] = (counts[`${fields[0]} ${status}`] ?? 0) + 1;
  }
  h.delete();
  // Enough of each kind of call, and errors among them, so that a shrunken vector set is noticed.
  assert.ok(counts['deadline 0'] >= 5000, JSON.stringify(counts));
  assert.ok(counts['apply 0'] >= 60 && counts['state 0'] >= 200, JSON.stringify(counts));
  assert.ok(Object.keys(counts).some((k) => k.startsWith('apply ') && k !== 'apply 0'), JSON.stringify(counts));
  // The letters: every letter for every party, refusals (E_DENIED) and bad requests among them.
  assert.ok(counts['letter 0'] >= 150 && counts['letters 0'] >= 9, JSON.stringify(counts));
  assert.ok(counts['letter 10'] >= 10 && counts['letter 5'] >= 3, JSON.stringify(counts));
  const refusals = nativeLines.filter((l) => l.startsWith('apply\t') && l.includes('"applied":false'));
  assert.ok(refusals.some((l) => l.includes('"code":"guard_missing"')) && refusals.some((l) => l.includes('"code":"unknown_event"')));
  // A timer fired on its own: the complaint months after a voorlopige OTS without a hearing finds
  // the route back in voluntary help.
  const lapsed = nativeLines.find((l) => l.startsWith('apply\t') && l.split('\t')[2].includes('"klacht_ingediend","date":"2026-08-03"'));
  assert.match(lapsed, /"applied":true/);
  assert.match(lapsed, /"stages":\[\{"region":"route","id":"vrijwillige_hulp"/);
});
