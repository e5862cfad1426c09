// SPDX-License-Identifier: EUPL-1.2
// What catching C++ exceptions costs in WebAssembly: module size and throughput of builds that
// differ only in HELDER_WASM_EXCEPTIONS (none / js / wasm), measured in one session. Each round
// runs every build once, in its own Node process and in turn, so that a change in the machine's
// load falls on all builds alike; the figures are the medians over the rounds.
//   throughput: text check of the benchmark corpus without spelling (words/s, best of 3 checks
//   after a warm-up); dossier validation of examples/dossiers/familie-yilmaz.json (time per
//   validation, best of five 200 ms windows), both through the C API as the wrapper calls it.
//   Best-of within a process, median across rounds: the machine may be shared.
// Usage: node bench/exceptions.mjs CORPUS ROUNDS LABEL=BUILD_DIR... (BUILD_DIR holds
//        helder-core.mjs and helder-core.wasm, e.g. build/wasm-none/wasm)
import { readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (process.argv[2] === '--child') {
  const [, , , dir, corpusPath] = process.argv;
  const { default: create } = await import(pathToFileURL(path.join(dir, 'helder-core.mjs')));
  const core = await create({ wasmBinary: await readFile(path.join(dir, 'helder-core.wasm')) });
  const out = core._malloc(8);
  if (core._helder_ctx_create(0, 0, out) !== 0) throw new Error('helder_ctx_create failed');
  const ctx = core.HEAPU32[out >> 2];
  const copy = (bytes) => { const p = core._malloc(bytes.length || 1); core.HEAPU8.set(bytes, p); return p; };
  const run = (fn, input, options) => {
    const i = copy(input), o = copy(options);
    const status = fn(ctx, i, input.length, o, options.length, out, out + 4);
    if (status !== 0) throw new Error(`status ${status}: ${core.UTF8ToString(core._helder_last_error())}`);
    const report = core.HEAPU32[out >> 2], len = core.HEAPU32[(out >> 2) + 1];
    const text = len < 1e6 ? new TextDecoder().decode(core.HEAPU8.subarray(report, report + len)) : '';
    core._helder_free(report); core._free(i); core._free(o);
    return text;
  };
  const enc = new TextEncoder();
  const corpus = await readFile(corpusPath);
  const textOptions = enc.encode('{"spelling":false}');
  run(core._helder_text_check, corpus, textOptions);  // warm-up
  const times = [];
  for (let k = 0; k < 3; ++k) {
    const t = performance.now();
    run(core._helder_text_check, corpus, textOptions);
    times.push(performance.now() - t);
  }
  const dossier = await readFile(path.join(repo, 'examples/dossiers/familie-yilmaz.json'));
  const dossierOptions = enc.encode('{"today":"2026-11-23"}');
  if (!run(core._helder_dossier_validate, dossier, dossierOptions).includes('"status":"valid"')) throw new Error('dossier not valid');
  const windows = [];
  for (let w = 0; w < 5; ++w) {
    let n = 0;
    const t0 = performance.now();
    while (performance.now() - t0 < 200) { run(core._helder_dossier_validate, dossier, dossierOptions); ++n; }
    windows.push((performance.now() - t0) / n);
  }
  const validationMs = Math.min(...windows);
  process.stdout.write(JSON.stringify({ text_ms: Math.min(...times), validation_ms: validationMs }));
  process.exit(0);
}

const [corpusPath, roundsArg, ...builds] = process.argv.slice(2);
const rounds = Number(roundsArg);
const variants = builds.map((b) => { const [label, dir] = b.split('='); return { label, dir: path.resolve(dir), runs: [] }; });
// Words of the corpus, counted once (the same for every build: the agreement tests hold that).
const words = await (async () => {
  const v = variants[0];
  const { default: create } = await import(pathToFileURL(path.join(v.dir, 'helder-core.mjs')));
  const core = await create({ wasmBinary: await readFile(path.join(v.dir, 'helder-core.wasm')) });
  const corpus = await readFile(corpusPath);
  const out = core._malloc(8);
  core._helder_ctx_create(0, 0, out);
  const ctx = core.HEAPU32[out >> 2];
  const p = core._malloc(corpus.length); core.HEAPU8.set(corpus, p);
  const opt = new TextEncoder().encode('{"spelling":false}');
  const o = core._malloc(opt.length); core.HEAPU8.set(opt, o);
  if (core._helder_text_check(ctx, p, corpus.length, o, opt.length, out, out + 4) !== 0) throw new Error('check failed');
  const r = core.HEAPU32[out >> 2], len = core.HEAPU32[(out >> 2) + 1];
  const json = new TextDecoder().decode(core.HEAPU8.subarray(r, r + len));
  return JSON.parse(json).counts.words;
})();
for (let r = 0; r < rounds; ++r) {
  for (const v of variants) {
    const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', v.dir, corpusPath], { maxBuffer: 1 << 20 });
    v.runs.push(JSON.parse(out.toString()));
  }
  process.stderr.write(`round ${r + 1}/${rounds} done\n`);
}
const rows = [];
for (const v of variants) {
  const wasm = await readFile(path.join(v.dir, 'helder-core.wasm'));
  const js = await readFile(path.join(v.dir, 'helder-core.mjs'));
  rows.push({
    label: v.label,
    wasm_bytes: wasm.length, wasm_gzip: gzipSync(wasm, { level: 9 }).length,
    js_bytes: js.length, js_gzip: gzipSync(js, { level: 9 }).length,
    words_per_second: words / (median(v.runs.map((x) => x.text_ms)) / 1000),
    validation_us: median(v.runs.map((x) => x.validation_ms)) * 1000,
    rounds: v.runs.map((x) => ({ words_per_second: Math.round(words / (x.text_ms / 1000)), validation_us: +(x.validation_ms * 1000).toFixed(1) })),
  });
}
const fmt = (x) => Math.round(x).toLocaleString('en');
const base = rows[0];
const pct = (x, b) => `${x >= b ? '+' : ''}${((x / b - 1) * 100).toFixed(1)} %`;
let md = `corpus: ${words.toLocaleString('en')} words; ${rounds} rounds, medians; node ${process.version}\n\n`;
md += '| build | .wasm | .wasm gzipped (zlib 9) | JS glue gzipped | text check words/s | dossier validation |\n|---|---:|---:|---:|---:|---:|\n';
for (const r of rows) {
  const d = r === base ? ['', '', '', ''] : [` (${pct(r.wasm_bytes, base.wasm_bytes)})`, ` (${pct(r.wasm_gzip, base.wasm_gzip)})`,
    ` (${pct(r.words_per_second, base.words_per_second)})`, ` (${pct(r.validation_us, base.validation_us)})`];
  md += `| ${r.label} | ${fmt(r.wasm_bytes)} B${d[0]} | ${fmt(r.wasm_gzip)} B${d[1]} | ${fmt(r.js_gzip)} B | ${fmt(r.words_per_second)}${d[2]} | ${r.validation_us.toFixed(1)} µs${d[3]} |\n`;
}
process.stdout.write(md);
process.stdout.write(JSON.stringify(rows) + '\n');
