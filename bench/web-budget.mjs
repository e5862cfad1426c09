// The web page's budgets (issue 14, point 6), in Debian's Chromium through playwright-core:
//   1. what web-demo/index.html loads as JavaScript and WebAssembly, gzipped, without the
//      spelling dictionary (it loads only when spelling is asked for): goal at most 1.5 MB;
//   2. its cold start, from a local static server into a fresh browser context (empty cache),
//      phase by phase: navigation → helder's module imported → Helder.create() done → first view
//      drawn (web-demo/js/app.js sets body[data-ready="true"]): goal under 300 ms.
// The phases come from the marks helder.mjs puts on the performance timeline ("helder:…") and
// from the browser's resource timing. Each run is written to OUT.json; with --label it is also
// kept in the history there (before/after a change), and OUT.md shows the latest run and that
// history. --profile adds where the main thread spends the cold start (CDP Profiler, self time).
// Usage: node bench/web-budget.mjs [--runs N] [--label TEXT] [--js-flags FLAGS] [--profile] [--out PREFIX]
// Needs web-demo/vendor/helder (scripts/web-build.sh), web-demo's node_modules (npm ci) and chromium.
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const webDemo = path.join(root, 'web-demo');
const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
const runs = Number(arg('--runs', '9'));
const label = arg('--label', null);
const jsFlags = arg('--js-flags', null);
const profile = process.argv.includes('--profile');
const outPrefix = path.resolve(arg('--out', path.join(root, 'bench/results/web-budget')));
const SIZE_GOAL = 1.5e6;
const START_GOAL = 300;

if (!existsSync(path.join(webDemo, 'vendor/helder/helder.mjs'))) {
  console.error('web-budget: web-demo/vendor/helder is missing: run scripts/web-build.sh'); process.exit(1);
}
const requireWeb = createRequire(path.join(webDemo, 'package.json'));
const playwright = await import(pathToFileURL(requireWeb.resolve('playwright-core')));
const { chromium } = playwright.default ?? playwright;  // a CommonJS module: its exports are the default
const { serve } = await import(pathToFileURL(path.join(webDemo, 'tools/serve.mjs')));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const server = await serve({ root: webDemo });
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync',
         ...(jsFlags ? [`--js-flags=${jsFlags}`] : [])],
});
const chromiumVersion = browser.version();

// Records when the page says it is ready, and the frame after that (the first view drawn).
function watchReady() {
  new MutationObserver((_, observer) => {
    if (document.body?.dataset.ready !== 'true') return;
    observer.disconnect();
    window.benchReady = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { window.benchDrawn = performance.now(); };
      channel.port2.postMessage(null);
    });
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
}

async function coldStart({ sizes = false, cpuProfile = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const bodies = [];
  if (sizes) {
    page.on('response', (r) => bodies.push((async () => ({
      path: new URL(r.url()).pathname, type: r.headers()['content-type'] ?? '', status: r.status(),
      body: r.request().method() === 'GET' && r.status() === 200 ? await r.body() : Buffer.alloc(0),
    }))()));
  }
  await page.addInitScript(watchReady);
  let cdp = null;
  if (cpuProfile) {
    cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  await page.goto(url);
  await page.waitForFunction(() => window.benchDrawn !== undefined, null, { timeout: 30000, polling: 5 });
  const timeline = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const marks = Object.fromEntries(performance.getEntriesByType('mark')
      .filter((m) => m.name.startsWith('helder:')).map((m) => [m.name.slice(7), m.startTime]));
    const resources = Object.fromEntries(performance.getEntriesByType('resource').map((r) =>
      [new URL(r.name).pathname, { start: r.startTime, responseStart: r.responseStart, end: r.responseEnd }]));
    return { html: nav.responseEnd, domContentLoaded: nav.domContentLoadedEventEnd, marks, resources,
             ready: window.benchReady, drawn: window.benchDrawn };
  });
  let hot = null;
  if (cdp) hot = summariseProfile((await cdp.send('Profiler.stop')).profile, timeline);
  const responses = await Promise.all(bodies);
  await context.close();
  if (errors.length) throw new Error(`the page reported errors: ${errors.join('; ')}`);
  return { timeline, responses, hot };
}

// Self time by function over the cold start, the 15 largest (wasm functions have names only in a
// build linked with --profiling-funcs; the package's module is stripped).
function summariseProfile(profile, timeline) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const deltas = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const f = byId.get(id).callFrame;
    const where = f.url ? `${path.basename(new URL(f.url, 'http://x').pathname)}:${f.lineNumber + 1}` : '';
    const key = `${f.functionName || '(anonymous)'} ${where}`.trim();
    self.set(key, (self.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  return { total_ms: total, drawn_ms: timeline.drawn,
           top: [...self].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([name, ms]) => ({ name, ms })) };
}

// ---- 1. size -----------------------------------------------------------------------------------
const first = await coldStart({ sizes: true });
const files = first.responses.filter((r) => r.status === 200).map((r) => ({
  path: r.path, type: r.type.split(';')[0], raw: r.body.length, gzip: gzipSync(r.body, { level: 9 }).length,
}));
const isCode = (f) => f.type === 'text/javascript' || f.type === 'application/wasm';
const dictionaryLoaded = files.some((f) => /\/dict\//.test(f.path));
const size = {
  files,
  code_gzip_bytes: files.filter(isCode).reduce((a, f) => a + f.gzip, 0),
  all_gzip_bytes: files.reduce((a, f) => a + f.gzip, 0),
  dictionary_loaded: dictionaryLoaded,
  goal_bytes: SIZE_GOAL,
};

// ---- 2. cold start -----------------------------------------------------------------------------
// The phases, each from navigation start (ms); null when the page or package does not mark it.
function phases({ timeline: t }) {
  const m = t.marks;
  const res = (suffix) => Object.entries(t.resources).find(([p]) => p.endsWith(suffix))?.[1] ?? null;
  const helderMjs = res('/helder.mjs');
  return {
    html_received: t.html,
    app_module_received: res('/js/app.js')?.end ?? null,
    helder_module_requested: helderMjs?.start ?? null,
    helder_module_imported: m['module-evaluated'] ?? null,
    create_start: m['create-start'] ?? null,
    wasm_received: m['wasm-fetched'] ?? res('/helder-core.wasm')?.end ?? null,
    wasm_compiled: m['wasm-compiled'] ?? null,
    core_ready: m['core-ready'] ?? null,
    constants_read: m['constants-read'] ?? null,
    context_created: m['context-created'] ?? null,
    ready: t.ready,
    first_view_drawn: t.drawn,
  };
}
const samples = [];
for (let i = 0; i < runs; ++i) samples.push(phases(await coldStart()));
const phaseNames = Object.keys(samples[0]);
const coldStartMs = Object.fromEntries(phaseNames.map((k) =>
  [k, samples.every((s) => s[k] != null) ? median(samples.map((s) => s[k])) : null]));
const durationOf = (from, to) => (samples.every((s) => s[from] != null && s[to] != null)
  ? median(samples.map((s) => s[to] - s[from])) : null);
const durations = {
  import_helder: durationOf('helder_module_requested', 'helder_module_imported'),
  create: durationOf('create_start', 'context_created'),
  wasm_fetch: durationOf('create_start', 'wasm_received'),
  core_ready_after_fetch: durationOf('wasm_received', 'core_ready'),
  context_create_call: durationOf('constants_read', 'context_created'),
  ready_to_drawn: durationOf('ready', 'first_view_drawn'),
};
const hot = profile ? (await coldStart({ cpuProfile: true })).hot : null;
await browser.close();
await new Promise((ok) => server.close(ok));

// ---- results -----------------------------------------------------------------------------------
const previous = existsSync(`${outPrefix}.json`) ? JSON.parse(readFileSync(`${outPrefix}.json`, 'utf8')) : {};
const host = { cpus: os.cpus().length, load: os.loadavg().map((x) => Number(x.toFixed(2))),
               chromium: chromiumVersion, date: new Date().toISOString() };
const run = { runs, js_flags: jsFlags, host, size, cold_start_ms: coldStartMs, durations_ms: durations, samples, profile: hot };
const summary = { label, date: host.date, load: host.load[0], js_flags: jsFlags, code_gzip_bytes: size.code_gzip_bytes,
                  create_ms: durations.create, import_ms: durations.import_helder, drawn_ms: coldStartMs.first_view_drawn };
const history = [...(previous.history ?? [])];
if (label) history.push(summary);
await writeFile(`${outPrefix}.json`, JSON.stringify({ ...run, history }, null, 2) + '\n');

const fmt = (x) => (x == null ? '–' : Math.round(x).toLocaleString('en'));
const ms = (x) => (x == null ? '–' : `${x.toFixed(0)} ms`);
const ok = (cond) => (cond ? 'met' : 'NOT met');
const md = `# Web page budgets (web-demo/ in headless Chromium)

${host.chromium}, ${host.cpus} CPUs (load ${host.load.join(' / ')}), ${host.date}${jsFlags ? `, --js-flags=${jsFlags}` : ''};
median of ${runs} cold starts, each in a fresh browser context (empty cache) from a local static server.

| budget | measured | goal | |
|---|---:|---:|---|
| JS + WASM the page loads, gzipped (no dictionary${dictionaryLoaded ? ' — but the dictionary WAS loaded' : ''}) | ${fmt(size.code_gzip_bytes)} B | ${fmt(SIZE_GOAL)} B | ${ok(size.code_gzip_bytes <= SIZE_GOAL && !dictionaryLoaded)} |
| cold start to the first view drawn | ${ms(coldStartMs.first_view_drawn)} | < ${START_GOAL} ms | ${ok(coldStartMs.first_view_drawn < START_GOAL)} |

Everything the page loads (gzip -9): ${fmt(size.all_gzip_bytes)} B.

| file | type | bytes | gzipped |
|---|---|---:|---:|
${files.map((f) => `| ${f.path} | ${f.type} | ${fmt(f.raw)} | ${fmt(f.gzip)} |`).join('\n')}

Cold start, ms from navigation start (median of each point):

| point | ms |
|---|---:|
${phaseNames.map((k) => `| ${k.replaceAll('_', ' ')} | ${ms(coldStartMs[k])} |`).join('\n')}

Durations (median of each run's difference):

| phase | ms |
|---|---:|
${Object.entries(durations).map(([k, v]) => `| ${k.replaceAll('_', ' ')} | ${ms(v)} |`).join('\n')}
${hot ? `
Where the main thread spends one cold start (CDP Profiler, self time, ${hot.total_ms.toFixed(0)} ms sampled):

| function | ms |
|---|---:|
${hot.top.map((h) => `| \`${h.name}\` | ${h.ms.toFixed(1)} |`).join('\n')}
` : ''}
## Before and after (runs saved with --label, oldest first)

| change | date | load | JS + WASM gzipped | import | Helder.create() | first view drawn |
|---|---|---:|---:|---:|---:|---:|
${history.map((h) => `| ${h.label}${h.js_flags ? ` (--js-flags=${h.js_flags})` : ''} | ${h.date.slice(0, 16)} | ${h.load} | ${fmt(h.code_gzip_bytes)} B | ${ms(h.import_ms)} | ${ms(h.create_ms)} | ${ms(h.drawn_ms)} |`).join('\n')}
`;
await writeFile(`${outPrefix}.md`, md);
process.stdout.write(md);
