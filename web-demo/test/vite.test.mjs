// SPDX-License-Identifier: EUPL-1.2
// The npm package in a real web project: a tiny Vite app (test/vite-app/, Vite pinned in its
// lockfile) installs the packed tarball, builds for production and runs in Chromium from a static
// server, and runs on Vite's dev server: a text check and a spelling check (the dictionary files
// found by Vite) work, and no request fails or leaves the page's origin.
import test, { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launch } from './browser.mjs';
import { serve } from '../tools/serve.mjs';

const app = fileURLToPath(new URL('./vite-app/', import.meta.url));
const repo = fileURLToPath(new URL('../../', import.meta.url));
const folders = [];
after(() => Promise.all(folders.map((f) => rm(f, { recursive: true, force: true }))));

// The package as npm packs it: HELDER_WASM_TARBALL, else packed here from wasm/ (its dist/ from
// scripts/wasm-build.sh, the same files scripts/web-build.sh gives the page).
async function tarball() {
  if (process.env.HELDER_WASM_TARBALL) return process.env.HELDER_WASM_TARBALL;
  assert.ok(existsSync(path.join(repo, 'wasm/dist/helder.mjs')), 'build the package first: scripts/wasm-build.sh');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'helder-pack-'));
  folders.push(dir);
  const name = execFileSync('npm', ['pack', '--pack-destination', dir], { cwd: path.join(repo, 'wasm'), stdio: 'pipe' })
    .toString().trim().split('\n').pop();
  return path.join(dir, name);
}

const npm = (args) => execFileSync('npm', [...args, '--no-audit', '--no-fund'], { cwd: app, stdio: 'pipe' });

// Vite exactly as the lockfile pins it (npm ci), then the package as a user installs it.
async function install() {
  const pinned = JSON.parse(readFileSync(path.join(app, 'package.json'), 'utf8')).devDependencies.vite;
  const installed = path.join(app, 'node_modules/vite/package.json');
  if (!existsSync(installed) || JSON.parse(readFileSync(installed, 'utf8')).version !== pinned) npm(['ci']);
  npm(['install', '--no-save', '--prefer-offline', await tarball()]);
}

let browser;
before(async () => { await install(); browser = await launch(); });
after(() => browser?.close());

// Opens the app at `origin` in a fresh context: a text check and a spelling check come out right,
// and no request fails, answers 400 or more, or goes to another origin.
async function checkApp(origin, assetPattern) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const problems = [];
    const loaded = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console: ${m.text()}`); });
    page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
    page.on('request', (r) => { if (new URL(r.url()).origin !== origin) problems.push(`other origin: ${r.url()}`); });
    page.on('response', (r) => {
      loaded.push({ path: new URL(r.url()).pathname, type: r.headers()['content-type'] });
      if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    await page.goto(`${origin}/`);
    await page.waitForSelector('body[data-ready]', { timeout: 30000 });
    assert.equal(await page.getAttribute('body', 'data-ready'), 'true', await page.textContent('body'));
    assert.ok(JSON.parse(await page.textContent('#plain')).includes('officialese'), 'the text check found "middels"');
    assert.ok(JSON.parse(await page.textContent('#spelling')).includes('spelling'), 'the dictionary loaded and found "kinderrn"');
    assert.deepEqual(problems, []);
    const wasm = loaded.find((r) => assetPattern.wasm.test(r.path));
    assert.ok(wasm, `the page loaded the module: ${loaded.map((r) => r.path).join(', ')}`);
    assert.equal(wasm.type, 'application/wasm');
    assert.ok(loaded.some((r) => assetPattern.dic.test(r.path)), 'the page loaded the dictionary');
  } finally {
    await context.close();
  }
}

test('a Vite 6 production build of an app that uses the package runs in Chromium: text check and spelling, no 404', async () => {
  const out = await mkdtemp(path.join(os.tmpdir(), 'helder-vite-'));
  folders.push(out);
  execFileSync(process.execPath, [path.join(app, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: app, stdio: 'pipe' });
  // Vite found the module and both dictionary files through the package's new URL(…, import.meta.url).
  const assets = readdirSync(path.join(out, 'assets'));
  for (const pattern of [/^helder-core-[\w-]+\.wasm$/, /^nl-[\w-]+\.aff$/, /^nl-[\w-]+\.dic$/])
    assert.ok(assets.some((f) => pattern.test(f)), `${pattern} among the built assets: ${assets.join(', ')}`);
  const server = await serve({ root: out });
  try {
    await checkApp(`http://127.0.0.1:${server.address().port}`,
      { wasm: /^\/assets\/helder-core-[\w-]+\.wasm$/, dic: /^\/assets\/nl-[\w-]+\.dic$/ });
  } finally {
    await new Promise((ok) => server.close(ok));
  }
});

test('the same app on Vite\'s dev server (the package left out of pre-bundling, as vite.config.js says)', async () => {
  const { createServer } = await import(pathToFileURL(path.join(app, 'node_modules/vite/dist/node/index.js')));
  const server = await createServer({ root: app, configFile: path.join(app, 'vite.config.js'), logLevel: 'silent',
                                      server: { host: '127.0.0.1', port: 0, strictPort: true, hmr: false } });
  await server.listen();
  try {
    await checkApp(`http://127.0.0.1:${server.httpServer.address().port}`,
      { wasm: /\/@helder\/helder\/dist\/helder-core\.wasm$/, dic: /\/@helder\/helder\/dist\/dict\/nl\.dic$/ });
  } finally {
    await server.close();
  }
});
