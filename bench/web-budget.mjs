// SPDX-License-Identifier: EUPL-1.2
// The web page's budgets (issue 14, point 6), in Debian's Chromium through playwright-core:
//   1. what web-demo/index.html loads as JavaScript and WebAssembly, gzipped, without the
//      spelling dictionary (it loads only when spelling is asked for): goal at most 1.5 MB;
//   2. its cold start, from a local static server into a fresh browser context (empty cache),
//      phase by phase: navigation → helder's module imported → Helder.create() done → first view
//      drawn (web-demo/js/app.js sets body[data-ready="true"]): goal under 300 ms.
// The phases come from the marks helder.mjs puts on the performance timeline ("helder:…") and
// from the browser's resource timing.
//
// Before/after: --site LABEL=DIR (repeatable) measures several copies of the site (for example
// one with the package before a change, one after) in the same session, their cold starts taken
// in turn, so that both see the same load on a shared machine. Without --site it measures
// web-demo/ itself (LABEL from --label, if given). Labelled sites are added to the history kept
// in OUT.json; OUT.md shows this session and that history. --profile adds where the main thread
// spends one cold start (CDP Profiler, self time; wasm functions have names only in a module
// linked with --profiling-funcs).
// Usage: node bench/web-budget.mjs [--runs N] [--site LABEL=DIR]… [--label TEXT] [--js-flags FLAGS]
//                                  [--chrome-ui] [--profile] [--out PREFIX]
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
const argv = process.argv.slice(2);
const arg = (name, dflt) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : dflt; };
const runs = Number(arg('--runs', '9'));
const jsFlags = arg('--js-flags', null);
const profile = argv.includes('--profile');
const outPrefix = path.resolve(arg('--out', path.join(root, 'bench/results/web-budget')));
const siteArgs = argv.flatMap((a, i) => (a === '--site' ? [argv[i + 1]] : []));
const sites = siteArgs.length
  ? siteArgs.map((s) => { const eq = s.indexOf('='); return { label: s.slice(0, eq), root: path.resolve(s.slice(eq + 1)) }; })
  : [{ label: arg('--label', null), root: webDemo }];
const SIZE_GOAL = 1.5e6;
const START_GOAL = 300;

for (const site of sites) {
  if (!existsSync(path.join(site.root, 'vendor/helder/helder.mjs'))) {
    console.error(`web-budget: ${site.root}/vendor/helder is missing (scripts/web-build.sh)`); process.exit(1);
  }
}
const requireWeb = createRequire(path.join(webDemo, 'package.json'));
const playwright = await import(pathToFileURL(requireWeb.resolve('playwright-core')));
const { chromium } = playwright.default ?? playwright;  // a CommonJS module: its exports are the default
const { serve } = await import(pathToFileURL(path.join(webDemo, 'tools/serve.mjs')));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const site of sites) {
  site.server = await serve({ root: site.root });
  site.url = `http://127.0.0.1:${site.server.address().port}/`;
}
// Headless Chromium loads its own toolbar pages (chrome://omnibox-popup.top-chrome: 150 to 290
// requests in a renderer of their own, 1.3 to 2.9 s of CPU in traces of one cold start) for many
// a new browser context, on the 2 cores the page is measured on; a visitor's browser has them
// loaded already. So they are turned off (the omnibox's WebUI pop-ups; PreloadTopChromeWebUI
// alone did not stop them). --chrome-ui measures with them.
const chromeUi = argv.includes('--chrome-ui');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync',
         ...(chromeUi ? [] : ['--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup']),
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

async function coldStart(url, { sizes = false, cpuProfile = false } = {}) {
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
    return { html: nav.responseEnd, marks, resources, ready: window.benchReady, drawn: window.benchDrawn };
  });
  let hot = null;
  if (cdp) hot = summariseProfile((await cdp.send('Profiler.stop')).profile);
  const responses = await Promise.all(bodies);
  await context.close();
  if (errors.length) throw new Error(`the page reported errors: ${errors.join('; ')}`);
  return { timeline, responses, hot };
}

// Self time by function over the cold start, the 15 largest.
function summariseProfile(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  profile.samples.forEach((id, i) => {
    const f = byId.get(id).callFrame;
    const where = f.url ? `${path.basename(new URL(f.url, 'http://x').pathname)}:${f.lineNumber + 1}` : '';
    const name = (f.functionName || '(anonymous)').replace(/std::__2::/g, '').slice(0, 90);
    const key = `${name} ${where}`.trim();
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  return { total_ms: total, top: [...self].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([name, ms]) => ({ name, ms })) };
}

// ---- 1. size: what one cold start loads, each file gzipped -------------------------------------
async function measureSize(site) {
  const first = await coldStart(site.url, { sizes: true });
  const files = first.responses.filter((r) => r.status === 200).map((r) => ({
    path: r.path, type: r.type.split(';')[0], raw: r.body.length, gzip: gzipSync(r.body, { level: 9 }).length,
  }));
  const isCode = (f) => f.type === 'text/javascript' || f.type === 'application/wasm';
  return {
    files,
    code_gzip_bytes: files.filter(isCode).reduce((a, f) => a + f.gzip, 0),
    all_gzip_bytes: files.reduce((a, f) => a + f.gzip, 0),
    dictionary_loaded: files.some((f) => /\/dict\//.test(f.path)),
    goal_bytes: SIZE_GOAL,
  };
}

// ---- 2. cold start: points from navigation start (ms); null where nothing marks them -----------
function phases({ timeline: t }) {
  const m = t.marks;
  const res = (suffix) => Object.entries(t.resources).find(([p]) => p.endsWith(suffix))?.[1] ?? null;
  return {
    html_received: t.html,
    app_module_received: res('/js/app.js')?.end ?? null,
    helder_module_requested: res('/helder.mjs')?.start ?? null,
    helder_module_imported: m['module-evaluated'] ?? null,
    create_start: m['create-start'] ?? null,
    wasm_requested: res('/helder-core.wasm')?.start ?? null,
    wasm_response_started: m['wasm-response'] ?? res('/helder-core.wasm')?.responseStart ?? null,
    wasm_received: m['wasm-fetched'] ?? res('/helder-core.wasm')?.end ?? null,
    wasm_compiled: m['wasm-compiled'] ?? null,
    core_ready: m['core-ready'] ?? null,
    constants_read: m['constants-read'] ?? null,
    context_created: m['context-created'] ?? null,
    ready: t.ready,
    first_view_drawn: t.drawn,
  };
}
const DURATIONS = {
  import_helder: ['helder_module_requested', 'helder_module_imported'],
  create: ['create_start', 'context_created'],
  compile_after_last_byte: ['wasm_received', 'wasm_compiled'],
  core_ready_after_compile: ['wasm_compiled', 'core_ready'],
  context_create_call: ['constants_read', 'context_created'],
  first_calls_after_create: ['context_created', 'ready'],
  ready_to_drawn: ['ready', 'first_view_drawn'],
};
function summarise(samples) {
  const names = Object.keys(samples[0]);
  const at = Object.fromEntries(names.map((k) =>
    [k, samples.every((s) => s[k] != null) ? median(samples.map((s) => s[k])) : null]));
  const durations = Object.fromEntries(Object.entries(DURATIONS).map(([k, [from, to]]) =>
    [k, samples.every((s) => s[from] != null && s[to] != null) ? median(samples.map((s) => s[to] - s[from])) : null]));
  return { cold_start_ms: at, durations_ms: durations };
}

for (const site of sites) site.size = await measureSize(site);
for (const site of sites) site.samples = [];
for (let i = 0; i < runs; ++i)
  for (const site of sites) site.samples.push(phases(await coldStart(site.url)));
for (const site of sites) Object.assign(site, summarise(site.samples));
const hot = profile ? (await coldStart(sites[0].url, { cpuProfile: true })).hot : null;
await browser.close();
await Promise.all(sites.map((s) => new Promise((ok) => s.server.close(ok))));

// ---- results -----------------------------------------------------------------------------------
const previous = existsSync(`${outPrefix}.json`) ? JSON.parse(readFileSync(`${outPrefix}.json`, 'utf8')) : {};
const host = { cpus: os.cpus().length, load: os.loadavg().map((x) => Number(x.toFixed(2))),
               chromium: chromiumVersion, date: new Date().toISOString() };
const session = sites.map(({ label, root: dir, size, cold_start_ms, durations_ms, samples }) =>
  ({ label, root: path.relative(root, dir) || '.', size, cold_start_ms, durations_ms, samples }));
const history = [...(previous.history ?? [])];
for (const s of session) {
  if (!s.label) continue;
  history.push({ label: s.label, date: host.date, load: host.load[0], runs, js_flags: jsFlags, chrome_ui: chromeUi,
                 code_gzip_bytes: s.size.code_gzip_bytes, import_ms: s.durations_ms.import_helder,
                 create_ms: s.durations_ms.create, drawn_ms: s.cold_start_ms.first_view_drawn });
}
await writeFile(`${outPrefix}.json`, JSON.stringify({ runs, js_flags: jsFlags, chrome_ui: chromeUi, host, sites: session, profile: hot, history }, null, 2) + '\n');

const fmt = (x) => (x == null ? '–' : Math.round(x).toLocaleString('en'));
const ms = (x) => (x == null ? '–' : `${x.toFixed(0)} ms`);
const ok = (cond) => (cond ? 'met' : 'NOT met');
const name = (s) => s.label ?? s.root;
const columns = (f) => session.map((s) => f(s)).join(' | ');
const main = session[session.length - 1];
const md = `# Web page budgets (web-demo/ in headless Chromium)

Chromium ${host.chromium}, ${host.cpus} CPUs shared with other work (load average ${host.load.join(' / ')}),
${host.date}${jsFlags ? `, --js-flags=${jsFlags}` : ''}${chromeUi ? ', with Chromium\'s own toolbar pages preloaded (--chrome-ui)' : ''}; median of ${runs} cold starts per site, each in a fresh
browser context (empty cache) from a local static server${session.length > 1 ? ', the sites taken in turn' : ''}.
Where the time goes, and what was changed for it: docs/wasm.md, "Cold start in the browser".

| budget | ${columns(name)} | goal |
|---|${columns(() => '---:')}|---:|
| JS + WASM the page loads, gzipped (no dictionary) | ${columns((s) => `${fmt(s.size.code_gzip_bytes)} B${s.size.dictionary_loaded ? ' (dictionary loaded!)' : ''} (${ok(s.size.code_gzip_bytes <= SIZE_GOAL && !s.size.dictionary_loaded)})`)} | ${fmt(SIZE_GOAL)} B |
| cold start to the first view drawn | ${columns((s) => `${ms(s.cold_start_ms.first_view_drawn)} (${ok(s.cold_start_ms.first_view_drawn < START_GOAL)})`)} | < ${START_GOAL} ms |

Cold start, ms from navigation start (median of each point):

| point | ${columns(name)} |
|---|${columns(() => '---:')}|
${Object.keys(main.cold_start_ms).map((k) => `| ${k.replaceAll('_', ' ')} | ${columns((s) => ms(s.cold_start_ms[k]))} |`).join('\n')}

Durations (median of each run's difference):

| phase | ${columns(name)} |
|---|${columns(() => '---:')}|
${Object.keys(DURATIONS).map((k) => `| ${k.replaceAll('_', ' ')} | ${columns((s) => ms(s.durations_ms[k]))} |`).join('\n')}

What ${name(main)} loads (gzip -9; everything: ${fmt(main.size.all_gzip_bytes)} B):

| file | type | bytes | gzipped |
|---|---|---:|---:|
${main.size.files.map((f) => `| ${f.path} | ${f.type} | ${fmt(f.raw)} | ${fmt(f.gzip)} |`).join('\n')}
${hot ? `
Where the main thread spends one cold start of ${name(session[0])} (CDP Profiler, self time, ${hot.total_ms.toFixed(0)} ms sampled):

| function | ms |
|---|---:|
${hot.top.map((h) => `| \`${h.name}\` | ${h.ms.toFixed(1)} |`).join('\n')}
` : ''}
## History (labelled sites, oldest first; rows of one session were measured in turn)

| site | session | load | runs | JS + WASM gzipped | import | Helder.create() | first view drawn |
|---|---|---:|---:|---:|---:|---:|---:|
${history.map((h) => `| ${h.label}${h.js_flags ? ` (--js-flags=${h.js_flags})` : ''}${h.chrome_ui ? ' (--chrome-ui)' : ''} | ${h.date.slice(0, 16)} | ${h.load} | ${h.runs ?? ''} | ${fmt(h.code_gzip_bytes)} B | ${ms(h.import_ms)} | ${ms(h.create_ms)} | ${ms(h.drawn_ms)} |`).join('\n')}
`;
await writeFile(`${outPrefix}.md`, md);
process.stdout.write(md);
