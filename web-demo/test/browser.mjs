// SPDX-License-Identifier: EUPL-1.2
// Shared set-up of the browser tests: the page's address, Debian's Chromium through playwright-core,
// and small helpers that act as a person would.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve } from '../tools/serve.mjs';

export const OUTPUT = fileURLToPath(new URL('../test-output/', import.meta.url));
mkdirSync(OUTPUT, { recursive: true });
export const AXE = fileURLToPath(new URL('../node_modules/axe-core/axe.min.js', import.meta.url));

/** The page's base address: WEB_DEMO_URL (scripts/web-test.sh starts a server), else a server here. */
export async function site() {
  if (process.env.WEB_DEMO_URL) return { url: process.env.WEB_DEMO_URL.replace(/\/?$/, '/'), close: async () => {} };
  const server = await serve({ root: fileURLToPath(new URL('..', import.meta.url)) });
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

// The omnibox's WebUI pop-ups off: headless Chromium otherwise loads its own toolbar pages
// (chrome://omnibox-popup.top-chrome, 150 to 290 requests in a renderer of its own, 1.3 to 2.9 s of
// CPU) for many a new context, which the page under test then competes with (bench/web-budget.mjs).
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync',
           '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup'],
  });
}

/** A fresh page (own context: empty storage) with the clock fixed at `today`, recording errors. */
// bypassCSP only for axe-core, which playwright injects as an inline script; every other test runs under
// the page's own Content-Security-Policy.
export async function openPage(browser, url, { today = '2026-05-20', width = 1280, height = 900, bypassCSP = false } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, acceptDownloads: true, bypassCSP });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  page.on('console', (msg) => { if (msg.type() === 'error') page.errors.push(msg.text()); });
  if (today) await page.clock.setFixedTime(new Date(`${today}T10:00:00`));
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
  // The tab's history on arrival (the blank page it opened with, and this page).
  page.startHistory = await page.evaluate(() => history.length);
  return page;
}

/** A page in a fresh context that records every request (its workers' too) and every CSP violation. */
export async function watchedPage(browser) {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  page.requests = [];
  context.on('request', (r) => page.requests.push(r.url()));
  page.violations = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) page.violations.push(m.text()); });
  return page;
}

/** The requests a watchedPage made to any origin other than `base`'s. */
export function foreignRequests(page, base) {
  const origin = new URL(base).origin;
  return page.requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin);
}

export async function fillDate(page, key, iso) {
  const [y, m, d] = iso.split('-');
  await page.fill(`#${key}-day`, String(Number(d)));
  await page.fill(`#${key}-month`, String(Number(m)));
  await page.fill(`#${key}-year`, y);
}

/** Presses Tab until the focus is on `selector` (fails after `max` presses). */
export async function tabTo(page, selector, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

export async function axe(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  });
}
