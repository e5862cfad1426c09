// SPDX-License-Identifier: EUPL-1.2
// The procedure benchmark in one run, on the fixed sequence of bench/procedure_sequence.json:
//   - helder natively (bench/procedure_bench: the typed engine, and the C ABI);
//   - helder in WebAssembly: the same engine loop (build/wasm/wasm/procedure-engine-bench.js), and
//     the npm package's applyProcedureEvent (each call replays the instance from JSON);
//   - the peer: XState 5 running a machine generated from the same specification by
//     scripts/procedure-to-xstate.mjs, a fresh actor per sequence as helder takes a fresh instance.
// Before timing, XState's path is checked against helder's: after every event, each region's
// stage must be the same, or the comparison would be of different work.
// Usage: node bench/peers/procedure_peers.mjs NATIVE_BENCH OUT_PREFIX [SECONDS]
//   (scripts/bench.sh runs it; npm ci in bench/peers installs xstate from its lockfile)
import { execFileSync } from 'node:child_process';
import { readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as xstate from 'xstate';
import { createProcedureMachine } from '../../scripts/procedure-to-xstate.mjs';

const [nativeBench, outPrefix, secondsArg] = process.argv.slice(2);
if (!nativeBench || !outPrefix) {
  console.error('usage: node bench/peers/procedure_peers.mjs NATIVE_BENCH OUT_PREFIX [SECONDS]');
  process.exit(2);
}
const seconds = Number(secondsArg ?? 2);
const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const sequencePath = path.join(repoDir, 'bench/procedure_sequence.json');
const sequence = JSON.parse(await readFile(sequencePath, 'utf8'));
const spec = JSON.parse(await readFile(path.join(repoDir, `lib/data/procedure/${sequence.spec}.json`), 'utf8'));
const xstateVersion = JSON.parse(await readFile(path.join(repoDir, 'bench/peers/node_modules/xstate/package.json'), 'utf8')).version;
const now = () => performance.now();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Runs fn (one whole sequence) for about `seconds` in five rounds; the median and best rate in
// events/s (wall-clock, as every figure here; the best is the least disturbed on a shared machine).
function eventsPerSecond(fn) {
  for (let i = 0; i < 200; ++i) fn();  // warm up (the JIT)
  const rates = [];
  for (let r = 0; r < 5; ++r) {
    let runs = 0;
    const start = now();
    let elapsed = 0;
    do {
      for (let i = 0; i < 50; ++i) fn();
      runs += 50;
      elapsed = now() - start;
    } while (elapsed < (seconds * 1000) / 5);
    rates.push((runs * sequence.events.length) / (elapsed / 1000));
  }
  return { median: median(rates), best: Math.max(...rates) };
}

// ---- helder in WebAssembly, through the npm package -------------------------------------------
const { Helder } = await import(path.join(repoDir, 'wasm/dist/helder.mjs'));
const h = await Helder.create();
const instances = [h.newProcedureInstance({ spec: sequence.spec, child: { birthDate: sequence.birth_date } })];
const helderStages = [];
for (const event of sequence.events) {
  const answer = h.applyProcedureEvent(instances.at(-1), event);
  if (!answer.applied) throw new Error(`helder refuses ${event.event}: ${JSON.stringify(answer.refusal)}`);
  instances.push(answer.instance);
  helderStages.push(Object.fromEntries(answer.stages.map((s) => [s.region, s.id])));
}
const instanceTexts = instances.map((i) => JSON.stringify(i));
const eventTexts = sequence.events.map((e) => JSON.stringify(e));
const wasmApi = eventsPerSecond(() => {
  for (let k = 0; k < eventTexts.length; ++k) h.applyProcedureEventJson(instanceTexts[k], eventTexts[k]);
});
h.delete();

// ---- XState, the same path checked first ------------------------------------------------------------
const machine = createProcedureMachine(xstate, spec);
const xEvents = sequence.events.map((e) => ({ type: e.event, date: e.date, facts: e.facts ?? {} }));
{
  const actor = xstate.createActor(machine, { input: { birthDate: sequence.birth_date } }).start();
  xEvents.forEach((e, k) => {
    actor.send(e);
    const value = actor.getSnapshot().value;
    for (const [region, stage] of Object.entries(helderStages[k]))
      if (value[region] !== stage)
        throw new Error(`after ${e.type} (event ${k + 1}) XState is in ${region}.${value[region]}, helder in ${region}.${stage}`);
  });
  actor.stop();
}
const xstateRate = eventsPerSecond(() => {
  const actor = xstate.createActor(machine, { input: { birthDate: sequence.birth_date } }).start();
  for (const e of xEvents) actor.send(e);
  actor.stop();
});

// ---- helder's engine in WebAssembly and natively ----------------------------------------------------
const wasmEngineProgram = process.env.HELDER_WASM_PROCEDURE_BENCH ?? path.join(repoDir, 'build/wasm/wasm/procedure-engine-bench.js');
const wasmEngine = JSON.parse(execFileSync('node', ['--no-experimental-fetch', wasmEngineProgram, sequencePath, String(seconds)]).toString());
const scratch = await mkdtemp(path.join(os.tmpdir(), 'helder-procedure-bench-'));
let native, nativeSummary;
try {
  const nativeJson = path.join(scratch, 'native.json');
  execFileSync(nativeBench, [`--benchmark_out=${nativeJson}`, '--benchmark_out_format=json',
    ...(seconds < 1 ? ['--benchmark_min_time=0.01', '--benchmark_repetitions=1'] : [])], { stdio: ['ignore', 'ignore', 'inherit'] });
  native = JSON.parse(await readFile(nativeJson, 'utf8'));
  nativeSummary = execFileSync('python3', [path.join(repoDir, 'scripts/bench-summary.py'), nativeJson]).toString();
} finally {
  await rm(scratch, { recursive: true, force: true });
}
const nativeRate = (name) => {
  const runs = native.benchmarks.filter((b) => b.name.startsWith(name));
  const pick = (aggregate) => (runs.find((b) => b.aggregate_name === aggregate) ?? runs.find((b) => !b.aggregate_name)).events_per_second;
  return { median: pick('median'), best: pick('max') };
};

const results = {
  sequence: { path: 'bench/procedure_sequence.json', events: sequence.events.length, spec: spec.id, version: spec.version },
  events_per_second: {
    native_engine: nativeRate('BM_ProcedureEngineApply'),
    native_c_api: nativeRate('BM_ProcedureThroughTheCApi'),
    wasm_engine: { median: wasmEngine.events_per_second, best: wasmEngine.best },
    wasm_npm_api: wasmApi,
    xstate: xstateRate,
  },
  load_average: os.loadavg(),
  xstate_version: xstateVersion,
  node_version: process.version,
  seconds_per_figure: seconds,
};
const r = results.events_per_second;
const ratio = (a, b) => ({ median: r[a].median / r[b].median, best: r[a].best / r[b].best });
results.ratios = {
  native_engine_to_xstate: ratio('native_engine', 'xstate'),
  wasm_engine_to_xstate: ratio('wasm_engine', 'xstate'),
  wasm_engine_to_native_engine: ratio('wasm_engine', 'native_engine'),
  wasm_npm_api_to_xstate: ratio('wasm_npm_api', 'xstate'),
};
results.notes = [
  'Each figure is a fresh instance (helder) or a fresh actor (XState) taking the whole sequence; events/s = events taken / wall-clock time, five rounds: median and best.',
  'helder does more per event than the XState machine: each started timer gets its due date from the legal calendar (months, Algemene termijnenwet, holidays); XState records only that it runs.',
  'The npm API and the C ABI replay the stored instance from JSON on every call (an instance is data the caller keeps) and write a full answer: that is the cost a caller of applyProcedureEvent sees.',
];
await writeFile(`${outPrefix}.json`, JSON.stringify({ ...results, native }, null, 2) + '\n');

const fmt = (x) => Math.round(x).toLocaleString('en');
const ok = (c) => (c ? 'met' : 'NOT met');
const row = (label, v) => `| ${label} | ${fmt(v.median)} | ${fmt(v.best)} |`;
const q = results.ratios;
const goal = (label, v, limit, unit = 'x') =>
  `| ${label} | ${v.median.toFixed(unit === 'x' ? 1 : 2)}${unit} | ${v.best.toFixed(unit === 'x' ? 1 : 2)}${unit} | ${ok(v.median >= limit)} |`;
const md = `# Procedure benchmark

Sequence: ${results.sequence.events} events of ${spec.id} ${spec.version} (bench/procedure_sequence.json), the same for every figure, all measured in one run (wall-clock; ${process.version}, XState ${xstateVersion}; load average ${results.load_average.map((x) => x.toFixed(1)).join(' ')} on ${os.cpus().length} CPUs).

| events applied per second | median of 5 | best of 5 |
|---|---:|---:|
${row('helder, native engine', r.native_engine)}
${row('helder, native C ABI (replays the instance from JSON per call)', r.native_c_api)}
${row('helder, WebAssembly engine (Node)', r.wasm_engine)}
${row('helder, npm API applyProcedureEvent (replays per call)', r.wasm_npm_api)}
${row(`XState ${xstateVersion}, machine generated by scripts/procedure-to-xstate.mjs (Node)`, r.xstate)}

| goal (judged on the median) | median | best | |
|---|---:|---:|---|
| native engine >= 1,000,000 events/s per core | ${fmt(r.native_engine.median)} | ${fmt(r.native_engine.best)} | ${ok(r.native_engine.median >= 1e6)} |
${goal('WebAssembly engine / native engine >= 0.5', q.wasm_engine_to_native_engine, 0.5, '')}
${goal('helder native engine / XState >= 50', q.native_engine_to_xstate, 50)}
${goal('helder WebAssembly engine / XState (both in Node) >= 50', q.wasm_engine_to_xstate, 50)}

Not a goal, for callers of the npm API: applyProcedureEvent (replaying the instance each call) / XState = ${q.wasm_npm_api_to_xstate.median.toFixed(2)}x (median), ${q.wasm_npm_api_to_xstate.best.toFixed(2)}x (best).

${results.notes.map((n) => `- ${n}`).join('\n')}

## Native (Google Benchmark)

${nativeSummary.replace(/^# .*\n/, '')}`;
await writeFile(`${outPrefix}.md`, md);
console.log(md);
